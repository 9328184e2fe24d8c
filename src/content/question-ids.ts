import GithubSlugger, { slug } from 'github-slugger';
import { contentError } from '../errors.js';
import type { Question } from '../model/deck.js';

/** A question and the `Id:` its meta line gave, if any. */
export interface IdRequest {
  question: Question;
  explicit?: string;
}

/**
 * Gives every question a unique `q-…` anchor. Explicit `Id:`s are placed first so they are kept
 * exactly (a repeated one is an error); ids from question text then step around them, so two
 * questions with the same text still get different anchors.
 */
export function assignQuestionIds(requests: IdRequest[], file: string): void {
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
  }
  for (const { question, explicit } of requests) {
    if (explicit !== undefined) continue;
    question.id = `q-${slugger.slug(slug(question.text) ? question.text : 'question')}`;
  }
}
