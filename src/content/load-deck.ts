import path from 'node:path';
import { contentError } from '../errors.js';
import { MAX_DECK_BYTES } from './read-input.js';
import { readDeckBytes } from './read-deck.js';
import { invalidUtf8Line, lineAt, utf16Encoding } from './deck-encoding.js';
import { slugFromFile } from './deck-files.js';
import { parseDeck, type ParseOptions } from './parse-deck.js';
import { refuseCostlyMarkup } from './costly-markup.js';
import { checkLineCount } from './deck-limits.js';
import { highlightCode } from './highlight-code.js';
import type { HastPlugin } from '../model/render-context.js';
import type { Deck } from '../model/deck.js';
import { tooDeepError } from './too-deep.js';
import { answersSibling } from './answers-sibling.js';
import { deckLimits, InputRefused, readInputSync } from './read-input.js';
import { answersAsDeck, readAnswersFile } from './layouts/answers-file.js';
import { pairAnswers } from './pair-answers.js';
import { StudyguideError } from '../errors.js';

export { MAX_DECK_BYTES } from './read-input.js';
export { readDeckBytes } from './read-deck.js';

// Finding deck files and naming their output folders needs no parser: the cache's fast path uses them alone.
export { findDeckFiles, slugFromFile } from './deck-files.js';

/** How the errors of decodeDeckText name the file and what to do: a deck's words, or an imported bank's. */
export interface TextWords {
  /** "deck file", "bank file". */
  noun: string;
  /** Where a file holds no text (NUL bytes): the message and what to pass instead. */
  binary: string;
  binaryHint: string;
  emptyHint: string;
  /** Over MAX_DECK_BYTES. */
  splitHint: string;
}

const DECK_WORDS: TextWords = {
  noun: 'deck file',
  binary: 'not a markdown text file',
  binaryHint: 'pass a .md text file',
  emptyHint: 'write a "# Title" and at least one "### Question?" with an answer',
  splitHint: 'split it into several decks',
};

/** An imported bank is CSV, TSV, JSON or YAML as often as markdown: "pass a .md text file" sent the user the wrong way. */
export const BANK_WORDS: TextWords = {
  noun: 'bank file',
  binary: 'not a text file',
  binaryHint: 'import a bank saved as UTF-8 text: CSV, TSV, JSON, YAML or markdown (a spreadsheet: save it as CSV first)',
  emptyHint: 'write the questions in it (a CSV row, a JSON record or a "### Question?" heading), or import another file',
  splitHint: 'split it into several files and import each',
};

/** Decodes deck bytes as UTF-8 text; binary or invalid files are errors naming the line. */
export function decodeDeckText(bytes: Buffer, file: string, words: TextWords = DECK_WORDS): string {
  if (bytes.length === 0) throw contentError(file, 1, `${words.noun} is empty`, words.emptyHint);
  if (bytes.length > MAX_DECK_BYTES) {
    throw contentError(file, 1, `${words.noun} is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_DECK_BYTES / 1048576} MB limit`, words.splitHint);
  }
  // UTF-32's byte-order mark starts like UTF-16's: told apart before it is read as UTF-16 full of NULs.
  if (isUtf32(bytes)) throw contentError(file, 1, 'saved as UTF-32 text', 'save the file as UTF-8');
  let text = utf16Text(bytes, file);
  if (text === undefined) {
    const nul = bytes.indexOf(0);
    if (nul >= 0 && looksLikeUtf16(bytes)) throw contentError(file, 1, 'saved as UTF-16 text without a byte-order mark', 'save the file as UTF-8');
    if (nul >= 0) throw contentError(file, lineAt(bytes, nul), `${words.binary} (it contains NUL bytes)`, words.binaryHint);
    const bad = invalidUtf8Line(bytes);
    if (bad) throw contentError(file, bad, 'not valid UTF-8 text', 'save the file as UTF-8');
    text = new TextDecoder('utf-8').decode(bytes);
  } else if (text.includes('\0')) {
    throw contentError(file, text.slice(0, text.indexOf('\0')).split('\n').length, `${words.binary} (it contains NUL characters)`, words.binaryHint);
  }
  // A mark at the start of any line, not only the file's: a bank joined with `cat a.md b.md` carries
  // b.md's there, and before a `## heading` it made the heading text of the answer above. A line
  // or paragraph separator (U+2028, U+2029, pasted from a web page or a JSON string) there did the same.
  // A zero-width, no-break or ideographic space or a direction mark before a heading's hashes
  // (pasted from a chat or a word processor) is invisible in an editor, yet made the heading a line
  // of the answer above: the question was gone without a word. Elsewhere such a character stays.
  const deckText = text
    .replace(/\r\n?/g, '\n')
    .replace(/^[\uFEFF\u2028\u2029]+/gm, '')
    .replace(/^[\u00a0\u200b-\u200f\u202f\u2060\u3000]+(?=#{1,6}(?:[ \t]|$))/gm, '');
  if (!deckText.trim()) throw contentError(file, 1, `${words.noun} is empty`, words.emptyHint);
  return deckText;
}

/** A UTF-32 byte-order mark, little- or big-endian, at the start of the file. */
const isUtf32 = (bytes: Buffer): boolean =>
  bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff));

/** Reads (unless its bytes are given, as the cache hashed them) and parses one deck file. */
export async function loadDeck(file: string, plugins: HastPlugin[] = [], given?: Buffer, layout: Pick<ParseOptions, 'layout' | 'layoutForced' | 'untitled'> = {}): Promise<Deck> {
  return deckFromBytes(file, given ?? (await readDeckBytes(file)), plugins, layout).deck;
}

/** Parses a deck's bytes already read, keeping its text (for the findings): synchronous, so a time limit can stop it in place (parse-off-thread.ts). */
export function deckFromBytes(file: string, bytes: Buffer, plugins: HastPlugin[] = [], layout: Pick<ParseOptions, 'layout' | 'layoutForced' | 'untitled'> = {}): { deck: Deck; text: string } {
  const text = decodeDeckText(bytes, file);
  checkLineCount(text, file);
  refuseCostlyMarkup(text, file);
  try {
    const deck = parseDeck(text, { file, slug: slugFromFile(file), plugins: [highlightCode, ...plugins], baseDir: path.dirname(path.resolve(file)), ...layout });
    return { deck: withSiblingAnswers(deck, file, text, [highlightCode, ...plugins]), text };
  } catch (err) {
    if (err instanceof RangeError) throw tooDeepError(text, file);
    throw err;
  }
}

/**
 * The deck of a questions file with the answers its answers file beside it numbers as them
 * (`QUESTIONS.md` and `ANSWERS.md`: content/answers-sibling.ts); the deck as it is when there is none.
 */
export function withSiblingAnswers(deck: Deck, file: string, text: string, plugins: HastPlugin[] = []): Deck {
  const answersFile = answersSibling(file);
  if (!answersFile) return deck;
  let bytes: Buffer;
  try {
    bytes = readInputSync(answersFile, deckLimits(answersFile));
  } catch (err) {
    if (err instanceof InputRefused) throw contentError(answersFile, 1, `cannot read the answers of ${path.basename(file)}: ${err.reason}`, err.hint);
    throw err;
  }
  const answersSource = decodeDeckText(bytes, answersFile);
  // Refused up front as a deck is: the answers file is parsed as markdown too.
  checkLineCount(answersSource, answersFile);
  refuseCostlyMarkup(answersSource, answersFile);
  const read = readAnswersFile(answersSource);
  const { text: answersText, lineOf } = answersAsDeck(read.entries);
  const opts = { file: answersFile, slug: slugFromFile(answersFile), plugins, baseDir: path.dirname(path.resolve(answersFile)), layout: 'studyguide', layoutForced: true, untitled: true };
  try {
    const answers = answersText.trim() ? parseDeck(answersText, opts) : undefined;
    return pairAnswers(deck, text, { file: answersFile, read, deck: answers, lineOf });
  } catch (err) {
    // Said at the answers file's own line, not the line of the text made of it.
    if (err instanceof StudyguideError && err.file === answersFile && err.line) throw contentError(answersFile, lineOf[err.line - 1] ?? err.line, err.message, err.hint);
    throw err;
  }
}

/** The text of a file saved as UTF-16 with its byte-order mark; undefined for any other file. */
function utf16Text(bytes: Buffer, file: string): string | undefined {
  const encoding = utf16Encoding(bytes);
  if (!encoding) return undefined;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw contentError(file, 1, `not valid ${encoding.toUpperCase()} text`, 'save the file as UTF-8');
  }
}

/** Text in UTF-16 without a byte-order mark: ASCII letters with a NUL beside every one. */
function looksLikeUtf16(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 200);
  let even = 0;
  let odd = 0;
  head.forEach((b, i) => b === 0 && (i % 2 ? odd++ : even++));
  return Math.max(even, odd) >= head.length / 2 - 2 && Math.min(even, odd) === 0;
}
