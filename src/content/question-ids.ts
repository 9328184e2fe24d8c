import { createHash } from 'node:crypto';
import GithubSlugger, { slug } from 'github-slugger';
import { contentError } from '../errors.js';
import { shortAnchor } from './short-anchor.js';
import type { Question } from '../model/deck.js';

/** A question and the `Id:` its meta line gave, if any. */
export interface IdRequest {
  question: Question;
  explicit?: string;
}

/**
 * Gives every question a unique `q-…` anchor and its note id (guid). Explicit `Id:`s are placed
 * first so they are kept exactly (a repeated one is an error); ids from question text then step
 * around them, so two questions with the same text still get different anchors. The guid is the
 * `Id:` as written, else a hash of the deck slug and the anchor: an answer edit keeps it, a
 * reworded question without `Id:` gets a new one.
 */
export function assignQuestionIds(requests: IdRequest[], file: string, deckSlug: string): void {
  const slugger = new GithubSlugger();
  const firstLine = new Map<string, number>();
  for (const { question, explicit } of requests) {
    if (explicit === undefined) continue;
    const base = slug(explicit);
    if (!base) throw contentError(file, question.line, `Id "${explicit}" has no letters or digits`, 'write an Id such as `Id: tf-state-lock`');
    const first = firstLine.get(base);
    if (first !== undefined) {
      throw contentError(file, question.line, `duplicate question Id "${explicit}" (first used on line ${first})`, 'give each question its own Id');
    }
    firstLine.set(base, question.line);
    question.id = `q-${slugger.slug(base)}`;
    question.explicitId = explicit;
    question.guid = explicit;
  }
  for (const { question, explicit } of requests) {
    if (explicit !== undefined) continue;
    const anchor = `q-${slugger.slug(slug(question.text) ? question.text : 'question')}`;
    // The note id comes from the whole anchor, as before anchors were shortened: a learner's
    // flashcard history stays with the note.
    question.id = shortAnchor(anchor);
    question.guid = derivedGuid(deckSlug, anchor);
  }
}

/** The note id of a question without `Id:`: `sg-` and 12 hex digits of a hash of deck and anchor. */
export function derivedGuid(deckSlug: string, anchor: string): string {
  return `sg-${createHash('sha1').update(`${deckSlug}\n${anchor}`).digest('hex').slice(0, 12)}`;
}
