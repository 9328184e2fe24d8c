import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import initSqlJs, { type Database } from 'sql.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { ankiText } from '../../src/outputs/anki-output.js';
import { FIELD_SEPARATOR, fieldChecksum } from '../../src/outputs/anki-collection.js';
import { ankiPackage, NOTE_TYPE_ID } from '../../src/outputs/apkg-output.js';

const DECK_WITH_IMAGE = 'test/fixtures/check-clean/deck.md';
const TIME = Date.UTC(2024, 0, 2, 3, 4, 5);

/** anki.apkg opened as Anki does: the zip's entries and its collection as an SQLite database. */
async function openPackage(bytes: Uint8Array): Promise<{ files: Record<string, Uint8Array>; db: Database }> {
  const files = unzipSync(bytes);
  const SQL = await initSqlJs();
  return { files, db: new SQL.Database(files['collection.anki2']) };
}

/** Rows of a query as objects. */
function rows(db: Database, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]])));
}

/** The guid column of anki.txt, read by its `#guid column:` header. */
function txtGuids(text: string): string[] {
  const lines = text.split('\n').filter(Boolean);
  const column = Number(lines.find((l) => l.startsWith('#guid column:'))!.split(':')[1]);
  return lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t')[column - 1]);
}

describe('anki.apkg', () => {
  it('is a zip of a schema-11 collection with the studyguide note type, one note and card per question', async () => {
    const deck = await loadDeck(DECK_WITH_IMAGE);
    const { files, db } = await openPackage(await ankiPackage(deck, { css: '.card {}', time: TIME }));
    expect(Object.keys(files).sort()).toEqual(['0', 'collection.anki2', 'media']);
    const [col] = rows(db, 'SELECT ver, models, decks, dconf FROM col');
    expect(col.ver).toBe(11);
    const models = Object.values(JSON.parse(col.models as string)) as {
      id: number;
      name: string;
      flds: { name: string }[];
      tmpls: { qfmt: string; afmt: string }[];
    }[];
    expect(models.map((m) => [m.id, m.name, m.flds.map((f) => f.name)])).toEqual([
      [NOTE_TYPE_ID, 'studyguide', ['Question', 'Card answer', 'Full answer', 'Level', 'Source']],
    ]);
    expect(models[0].tmpls[0].qfmt).toContain('{{Question}}');
    expect(models[0].tmpls[0].afmt).toContain('{{Card answer}}');
    const deckNames = (Object.values(JSON.parse(col.decks as string)) as { name: string }[]).map((d) => d.name).sort();
    expect(deckNames).toEqual(['Default', deck.title, ...deck.sections.map((s) => `${deck.title}::${s.title}`)].sort());
    expect(Object.keys(JSON.parse(col.dconf as string))).toEqual(['1']);

    const questions = allQuestions(deck);
    const notes = rows(db, 'SELECT id, guid, mid, mod, tags, flds, sfld, csum FROM notes ORDER BY id');
    expect(notes.length).toBe(questions.length);
    expect(notes.every((n) => n.mid === NOTE_TYPE_ID && n.mod === TIME / 1000)).toBe(true);
    const cards = rows(db, 'SELECT nid, did FROM cards');
    expect(cards.length).toBeGreaterThanOrEqual(notes.length);
    expect(new Set(cards.map((c) => c.nid))).toEqual(new Set(notes.map((n) => n.id)));
    for (const note of notes) {
      const q = questions.find((x) => x.guid === note.guid)!;
      const fields = (note.flds as string).split(FIELD_SEPARATOR);
      expect(fields.length).toBe(5);
      expect(fields[0]).toBe(q.html);
      expect(note.sfld).toBe(q.text);
      expect(note.csum).toBe(fieldChecksum(q.text));
      expect(fields[3]).toBe(q.level);
      expect(fields[4]).toBe(`${deck.title} · Q${q.number}`);
      expect((note.tags as string).trim().split(' ')).toEqual(expect.arrayContaining([deck.slug, q.level]));
    }
    // The same guids as anki.txt, so either file updates the notes the other made.
    expect(notes.map((n) => n.guid).sort()).toEqual(txtGuids(ankiText(deck)).sort());
    db.close();
  });

  it("carries the deck's images as media files, not data: URLs", async () => {
    const deck = await loadDeck(DECK_WITH_IMAGE);
    const { files, db } = await openPackage(await ankiPackage(deck, { css: '', time: TIME }));
    const media = JSON.parse(strFromU8(files.media)) as Record<string, string>;
    expect(Object.keys(media)).toEqual(['0']);
    expect(media['0']).toMatch(/^studyguide-[0-9a-f]{16}\.svg$/);
    expect(Buffer.from(files['0']).equals(await readFile('test/fixtures/check-clean/images/cache.svg'))).toBe(true);
    const flds = rows(db, 'SELECT flds FROM notes')
      .map((r) => r.flds as string)
      .join('\n');
    expect(flds).toContain(`src="${media['0']}"`);
    expect(flds).not.toContain('data:image');
    db.close();
  });

  it('is byte-for-byte the same for the same deck and time, with the same deck and note ids', async () => {
    const deck = await loadDeck(DECK_WITH_IMAGE);
    const a = await ankiPackage(deck, { css: '', time: TIME });
    const b = await ankiPackage(await loadDeck(DECK_WITH_IMAGE), { css: '', time: TIME });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // A later build (newer mod time, so Anki takes the update) keeps every id.
    const later = await openPackage(await ankiPackage(deck, { css: '', time: TIME + 86_400_000 }));
    const first = await openPackage(a);
    const ids = (db: Database) => rows(db, 'SELECT n.id, n.guid, c.id AS cid, c.did FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id');
    expect(ids(later.db)).toEqual(ids(first.db));
    expect(rows(later.db, 'SELECT DISTINCT mod FROM notes')).toEqual([{ mod: TIME / 1000 + 86_400 }]);
  });

  it("anki.txt opens with the header lines Anki reads, then one note a line with the package's guids", async () => {
    const deck = await loadDeck(DECK_WITH_IMAGE);
    const lines = ankiText(deck, new Map([[allQuestions(deck)[0].id, 7]])).split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#notetype:studyguide', '#deck column:2', '#tags column:8']);
    expect(lines.slice(6, -1).length).toBe(allQuestions(deck).length);
    expect(lines[6].split('\t')[6]).toBe(`${deck.title} · Q1 · p. 7`);
  });

  it("keeps a note's guid when its answer changes, and with an Id when its question is reworded", async () => {
    const deck = (question: string, answer: string, id = '') =>
      parseDeck(`# D\n\n## S\n\n### ${question}\n${id ? `\nId: ${id}\n` : ''}\n> ${answer}\n`, { file: 'd.md', slug: 'd' });
    const guid = (d: ReturnType<typeof deck>) => txtGuids(ankiText(d))[0];
    const original = guid(deck('What is DNS?', 'Names to addresses.'));
    expect(guid(deck('What is DNS?', 'The phone book of the internet.'))).toBe(original);
    expect(guid(deck('What does DNS do?', 'Names to addresses.'))).not.toBe(original);
    expect(guid(deck('What is DNS?', 'Names to addresses.', 'dns-basics'))).toBe('dns-basics');
    expect(guid(deck('What does DNS do, in short?', 'Other words.', 'dns-basics'))).toBe('dns-basics');
    const { db } = await openPackage(await ankiPackage(deck('Reworded?', 'x', 'dns-basics'), { css: '', time: TIME }));
    expect(rows(db, 'SELECT guid FROM notes')).toEqual([{ guid: 'dns-basics' }]);
  });

  it("keeps each note's five fields when the deck's text holds Anki's own field separator (U+001F)", async () => {
    // Pasted text can carry control characters; in notes.flds U+001F split a question into two fields and shifted the rest.
    const deck = parseDeck('# US\n\n## S\n\n### Unit\u001fseparator question?\n\n> Card\u001fanswer.\n\nFull\u001f answer.\n', { file: 'us.md', slug: 'us' });
    const { db } = await openPackage(await ankiPackage(deck, { css: '', time: TIME }));
    const [note] = rows(db, 'SELECT flds, sfld FROM notes');
    const fields = String(note.flds).split(FIELD_SEPARATOR);
    expect(fields).toHaveLength(5);
    expect(fields[0]).toBe('Unit separator question?');
    expect(fields[1]).toContain('Card answer.');
    expect(note.sfld).toBe('Unit separator question?');
  });
});
