import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import initSqlJs from 'sql.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { FIELD_SEPARATOR } from '../../src/outputs/anki-collection.js';
import { ankiPackage } from '../../src/outputs/apkg-output.js';
import { flashcardNotes, NOTE_FIELDS } from '../../src/outputs/flashcard-notes.js';

/**
 * Anki's card is set left to right and its note type is shared by every deck: the fields of a
 * deck written right to left carry their direction, or an Arabic sentence around a Latin term
 * ("… (PRIMARY KEY) …") shows its parts in the wrong order, aligned on the left.
 */
describe('flashcard notes of a deck written right to left', () => {
  it('set each text field right to left, the level badge as it was', async () => {
    const notes = flashcardNotes(await loadDeck('test/fixtures/rtl-inline-runs/deck.md'));
    expect(notes.length).toBe(2);
    for (const note of notes)
      note.fields.forEach((field, i) => {
        if (NOTE_FIELDS[i] === 'Level' || !field) expect(field, NOTE_FIELDS[i]).not.toMatch(/dir="rtl"/);
        else expect(field, NOTE_FIELDS[i]).toMatch(/^<div dir="rtl">[\s\S]*<\/div>$/);
      });
  });

  it('leave a left-to-right deck as it was', async () => {
    const notes = flashcardNotes(await loadDeck('test/fixtures/check-clean/deck.md'));
    expect(notes.flatMap((n) => n.fields).filter((f) => f.includes('dir="rtl"'))).toEqual([]);
  });

  it("keep the cards' code left to right and their text at the start of its line", async () => {
    const css = await readFile('styles/anki.css', 'utf8');
    expect(css).toMatch(/\.card \{[^}]*text-align: start/);
    expect(css).toMatch(/\.card pre, \.card code \{ direction: ltr; unicode-bidi: isolate; \}/);
  });

  // The note type is one for every deck: its badge sat on the left of a card read from the right.
  it.each([
    ['right to left', 'test/fixtures/rtl-inline-runs/deck.md', 'rtl'],
    ['left to right', 'test/fixtures/check-clean/deck.md', undefined],
  ])("put the level badge at the start of the card's line (%s)", async (_, file, direction) => {
    const css = await readFile('styles/anki.css', 'utf8');
    const { front, fields } = await firstCard(await ankiPackage(await loadDeck(file), { css }));
    // The rule the card's CSS sets the head's direction by…
    const rule = /\.card:has\(\.sg-question > \[dir="rtl"\]\) \.sg-head \{ direction: rtl; \}/;
    expect(css).toMatch(rule);
    // …matches the card the note type's front makes of a note exactly when its question reads right to left.
    const html = front.replace(/\{\{([^}]+)\}\}/g, (_m, name: string) => fields.get(name) ?? '');
    const question = elements(fromHtml(html, { fragment: true })).find((e) => classOf(e).includes('sg-question'));
    expect(question).toBeDefined();
    expect(elements(question!).find((e) => e !== question)?.properties.dir).toBe(direction);
  });
});

/** The note type's front template and the first note's fields by name, read from the package's collection. */
async function firstCard(bytes: Uint8Array): Promise<{ front: string; fields: Map<string, string> }> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(bytes)['collection.anki2']);
  const models = JSON.parse(String(db.exec('select models from col')[0].values[0][0])) as Record<
    string,
    { tmpls: { qfmt: string }[]; flds: { name: string }[] }
  >;
  const [model] = Object.values(models);
  const values = String(db.exec('select flds from notes order by id limit 1')[0].values[0][0]).split(FIELD_SEPARATOR);
  return { front: model.tmpls[0].qfmt, fields: new Map(model.flds.map((f, i) => [f.name, values[i]])) };
}

/** Every element under a node, in document order, the node first when it is one. */
function elements(node: Root | Element): Element[] {
  const own = node.type === 'element' ? [node] : [];
  return [...own, ...node.children.flatMap((c) => (c.type === 'element' ? elements(c) : []))];
}

const classOf = (e: Element): string[] => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);
