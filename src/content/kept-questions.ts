import { createHash } from 'node:crypto';
import type { Diagnostic, Question } from '../model/deck.js';
import { remembersParses, shiftDataLines } from './markdown.js';

/**
 * What building one question gave beside its model: the diagnostics it added and the `Id:` it
 * asked for (ids and numbers are the whole deck's, given after every question is built).
 */
export interface BuiltQuestion {
  question: Question;
  diagnostics: Diagnostic[];
  explicit: string | undefined;
}

/**
 * Watch mode's finished questions, kept by what building one reads (its nodes with their lines
 * counted from its heading, its source lines, and its context: section, levels, languages, layout,
 * front matter, footnotes it cites): a save changes one question, and the deck's other questions
 * are taken from here instead of being rendered again (the parser thread's largest step after the
 * layout passes). Every pass over the whole tree still runs, so a save that changes the deck's
 * structure changes these keys and the questions it touches are built again. Only while the
 * parser's thread remembers its parses (watch mode): a build parses each deck once.
 */
const kept = new Map<string, BuiltQuestion & { line: number }>();
/** Entries kept before starting over (as the parser's own memory does). */
const KEPT_ENTRIES = 20_000;

/**
 * The key of what building one question reads, given as its parts (the deck's context, the
 * question's, its source lines, its nodes as JSON): their digest, each part's length first so no
 * two lists of parts run together. The parts were joined by JSON.stringify, which escaped every
 * quote of the nodes' JSON again, and the map then hashed and compared keys of kilobytes each.
 */
export function keptKey(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64');
}

/** Whether questions are kept at all (watch mode's parser thread). */
export const keepsQuestions = (): boolean => remembersParses();

/** The question built before under `key`, moved to `line`: a copy, with its HTML, lines and diagnostics shifted. */
export function keptQuestion(key: string, line: number): BuiltQuestion | undefined {
  const entry = kept.get(key);
  if (!entry) return undefined;
  const by = line - entry.line;
  const question = structuredClone(entry.question);
  const diagnostics = entry.diagnostics.map((d) => ({ ...d, line: d.line + by }));
  if (by !== 0) {
    question.line += by;
    question.html = shiftDataLines(question.html, by);
    question.answerHtml = shiftDataLines(question.answerHtml, by);
    question.cardHtml = shiftDataLines(question.cardHtml, by);
    if (question.promptHtml !== undefined) question.promptHtml = shiftDataLines(question.promptHtml, by);
    for (const roomier of question.cardRoomier ?? []) roomier.html = shiftDataLines(roomier.html, by);
  }
  return { question, diagnostics, explicit: entry.explicit };
}

/** Keeps a question just built (before the deck gives it its id) for the next parse, at `line`. */
export function keepQuestion(key: string, line: number, built: BuiltQuestion): void {
  if (kept.size >= KEPT_ENTRIES) kept.clear();
  kept.set(key, { ...structuredClone(built), line });
}

/** The kept entries themselves (tests change one to see a wrong reuse caught). */
export const keptEntriesForTests = (): Map<string, BuiltQuestion & { line: number }> => kept;
