import { chmod, realpath, stat } from 'node:fs/promises';
import { contentError } from '../errors.js';
import { writeAtomic } from '../output.js';
import { refuseCostlyMarkup } from './costly-markup.js';
import { slugFromFile } from './deck-files.js';
import { decodeDeckText } from './load-deck.js';
import { utf16Encoding } from './deck-encoding.js';
import { allQuestions, type Deck } from '../model/deck.js';
import { parseDeck } from './parse-deck.js';
import { readDeckBytes } from './read-deck.js';

/** What `studyguide ids` did to one deck file. */
export interface AddIdsResult {
  file: string;
  /** `Id:` lines inserted (0: every question had one; the file was not written). */
  added: number;
}

/**
 * `studyguide ids`: gives every question without `Id:` an `Id:` line holding the note id it has
 * today, so notes already imported into Anki keep their history, and from now on the question
 * can be reworded freely. Only lines are inserted: every other byte of the file (BOM, CRLF,
 * trailing spaces) stays as it was, and the file is replaced atomically, keeping its mode.
 */
export async function addIdsToFile(file: string): Promise<AddIdsResult> {
  // Read as build reads a deck: a FIFO hung the command, a link to /dev/zero read without end.
  const bytes = await readDeckBytes(file);
  const { text, added } = addIds(bytes, file);
  if (added === 0) return { file, added };
  // A linked deck is written where the link points: replacing the link itself left the deck it
  // stands for without ids and the link gone.
  const target = await realpath(file);
  const { mode } = await stat(target);
  await writeAtomic(target, text);
  await chmod(target, mode & 0o7777);
  return { file, added };
}

/** The deck file's bytes with an `Id:` line under each question heading that lacks one. */
export function addIds(bytes: Buffer, file: string): { text: Buffer; added: number } {
  const before = parse(decodeDeckText(bytes, file), file);
  // The ids are written into the file's own lines, as UTF-8.
  if (utf16Encoding(bytes)) throw contentError(file, 1, 'ids are written in UTF-8 and this deck is saved as UTF-16', 'save the file as UTF-8, then add the ids');
  const missing = allQuestions(before).filter((q) => q.explicitId === undefined);
  if (missing.length === 0) return { text: bytes, added: 0 };
  // Lines with their own endings, split as the parser counts them (CRLF, LF or a lone CR).
  const lines = bytes.toString('utf8').match(/[^\r\n]*(?:\r\n|\n|\r|$)/g) ?? [];
  const inserts = new Map(missing.map((q) => [q.line, q.guid]));
  const out = lines.map((line, i) => {
    const guid = inserts.get(i + 1);
    if (guid === undefined) return line;
    const eol = /\r\n|\n|\r$/.exec(line)?.[0] ?? '';
    const lineEnd = eol || (/\r\n/.test(bytes.toString('utf8')) ? '\r\n' : '\n');
    // A blank line after the Id keeps a following paragraph from joining the meta line.
    const next = lines[i + 1] ?? '';
    const blank = next.trim() === '' ? '' : lineEnd;
    return `${line}${eol ? '' : lineEnd}Id: ${guid}${lineEnd}${blank}`;
  });
  const text = Buffer.from(out.join(''), 'utf8');
  checkSameNotes(before, parse(decodeDeckText(text, file), file), file);
  return { text, added: missing.length };
}

function parse(text: string, file: string): Deck {
  refuseCostlyMarkup(text, file);
  return parseDeck(text, { file, slug: slugFromFile(file) });
}

/** The rewritten deck must have the same questions with the same note ids, now all explicit. */
function checkSameNotes(before: Deck, after: Deck, file: string): void {
  const was = allQuestions(before);
  const now = allQuestions(after);
  const bad = now.find((q, i) => q.explicitId === undefined || q.guid !== was[i]?.guid || q.text !== was[i]?.text);
  if (now.length !== was.length || bad) {
    throw contentError(file, bad?.line, 'adding Id lines would change the deck\'s questions; the file was left as it was', 'add an `Id:` line under this question by hand and report the case');
  }
}
