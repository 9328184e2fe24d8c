import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { loadDeck } from '../../src/content/load-deck.js';
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
});
