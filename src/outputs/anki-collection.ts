import { createHash } from 'node:crypto';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { StudyguideError } from '../errors.js';
import { decodeEntities, stripTags } from '../render/html-text.js';

/** A note type: its fields, one card template and the stylesheet of its cards. */
export interface AnkiNoteType {
  id: number;
  name: string;
  fields: readonly string[];
  templates: { name: string; front: string; back: string }[];
  css: string;
}

/** One note of the collection, with one card per template. */
export interface AnkiNote {
  id: number;
  guid: string;
  deckId: number;
  fields: string[];
  tags: string[];
}

/** Everything a collection holds; `time` (ms since 1970) stamps every row. */
export interface AnkiCollectionInput {
  noteType: AnkiNoteType;
  decks: { id: number; name: string }[];
  notes: AnkiNote[];
  time: number;
}

/** The collection schema Anki reads from a package's collection.anki2 (schema version 11). */
const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** The schema version written in col.ver. */
export const SCHEMA_VERSION = 11;
/** Anki's field separator inside notes.flds. */
export const FIELD_SEPARATOR = '\x1f';
/** The deck every collection has. */
const DEFAULT_DECK_ID = 1;

let sqlJs: Promise<SqlJsStatic> | undefined;

/** sql.js, loaded once (its WebAssembly SQLite sits next to its script). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs().catch((error: unknown) => {
    sqlJs = undefined;
    throw new StudyguideError(`cannot start SQLite (sql.js) to write anki.apkg: ${(error as Error).message}`, {
      kind: 'environment',
      hint: 'reinstall the dependencies (npm ci), or leave apkg out of --outputs',
    });
  });
  return sqlJs;
}

/**
 * A number id that stays the same from build to build for the same text: 48 bits of its SHA-1,
 * plus one so it never is 0 or Anki's Default deck (1) by accident. Anki accepts any 64-bit id;
 * a stable one lets a re-import find what the last import made.
 */
export function stableId(text: string): number {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 12), 16) + 2;
}

/** The SQLite file of a collection holding these notes, as Anki's package importer reads it. */
export async function ankiCollection(input: AnkiCollectionInput): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run(SCHEMA);
    const seconds = Math.floor(input.time / 1000);
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
      seconds,
      input.time,
      input.time,
      SCHEMA_VERSION,
      JSON.stringify(collectionConfig(input)),
      JSON.stringify({ [input.noteType.id]: noteTypeJson(input, seconds) }),
      JSON.stringify(decksJson(input, seconds)),
      JSON.stringify({ 1: DECK_OPTIONS }),
      '{}',
    ]);
    // One transaction for all rows: row by row, each insert would commit on its own.
    db.run('BEGIN');
    const addNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const addCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    input.notes.forEach((note, i) => {
      // A field holding the separator itself (a control character pasted into a deck) would split
      // into two and shift the rest: it is a space there.
      const fields = note.fields.map((f) => f.replaceAll(FIELD_SEPARATOR, ' '));
      const sortText = stripHtml(fields[0] ?? '');
      const tags = note.tags.length ? ` ${note.tags.join(' ')} ` : '';
      addNote.run([note.id, note.guid, input.noteType.id, seconds, tags, fields.join(FIELD_SEPARATOR), sortText, fieldChecksum(sortText)]);
      // New cards are shown in `due` order: the deck's order.
      input.noteType.templates.forEach((_t, ord) => addCard.run([stableId(`card\n${note.guid}\n${ord}`), note.id, note.deckId, ord, seconds, i + 1]));
    });
    addNote.free();
    addCard.free();
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field's text, as a number. */
export function fieldChecksum(text: string): number {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);
}

/** A field's text as Anki sorts and checks it: tags gone (an image leaves its file name), entities decoded. */
export function stripHtml(html: string): string {
  return decodeEntities(stripTags(html.replace(/<img[^>]*?\bsrc="([^"]*)"[^>]*>/gi, ' $1 '))).trim();
}

function collectionConfig(input: AnkiCollectionInput) {
  const first = input.decks[0]?.id ?? DEFAULT_DECK_ID;
  return {
    activeDecks: [first],
    curDeck: first,
    curModel: input.noteType.id,
    nextPos: input.notes.length + 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
}

function noteTypeJson(input: AnkiCollectionInput, seconds: number) {
  const { noteType } = input;
  return {
    id: noteType.id,
    name: noteType.name,
    type: 0,
    mod: seconds,
    usn: -1,
    sortf: 0,
    did: input.decks[0]?.id ?? DEFAULT_DECK_ID,
    tmpls: noteType.templates.map((t, ord) => ({ name: t.name, ord, qfmt: t.front, afmt: t.back, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 })),
    flds: noteType.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: noteType.css,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // Each card needs its first field (the question) to be non-empty.
    req: noteType.templates.map((_t, ord) => [ord, 'any', [0]]),
    tags: [],
    vers: [],
  };
}

function decksJson(input: AnkiCollectionInput, seconds: number) {
  const deck = (id: number, name: string, mod: number) => ({
    id,
    name,
    mod,
    usn: -1,
    desc: '',
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  });
  const decks: Record<string, unknown> = { [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, 'Default', 0) };
  for (const d of input.decks) decks[d.id] = deck(d.id, d.name, seconds);
  return decks;
}

/** Anki's default study options (new cards a day, steps, ease): we set none of our own. */
const DECK_OPTIONS = {
  id: 1,
  name: 'Default',
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20, separate: true },
  rev: { bury: false, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200, hardFactor: 1.2 },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
};
