import { contentError } from '../errors.js';
import type { Deck } from '../model/deck.js';
import { excerpt } from '../model/excerpt.js';

// Tiny inputs that cost minutes: a 200 KB title is repeated in every running header of a PDF,
// 100,000 tags fill pages of badges, 100,000 questions print for hours. Refused at their line
// instead, with what to do.

/** Longest deck, section or question title (and subtitle, author), in characters. */
export const MAX_TITLE_CHARS = 500;
/** Most tags on one question, and the longest tag. */
export const MAX_TAGS = 50;
export const MAX_TAG_CHARS = 80;
/** Questions per deck unless `maxQuestions` says otherwise (0: no limit). */
export const DEFAULT_MAX_QUESTIONS = 10_000;
/** Lines per deck: 4 MB of `>` lines parses for minutes; real decks stay far below. */
export const MAX_DECK_LINES = 200_000;

/** Throws a file:line error for the first limit the deck passes. */
export function checkDeckLimits(deck: Deck, maxQuestions = DEFAULT_MAX_QUESTIONS): void {
  const file = deck.file;
  const at = deck.headLines ?? { title: 1, subtitle: 1, author: 1 };
  if (deck.title.length > MAX_TITLE_CHARS) throw contentError(file, at.title, `deck title is ${deck.title.length} characters long, over the ${MAX_TITLE_CHARS} limit`, 'shorten the "# Title"');
  // Printed on the cover under the title: a page of it ran the cover on for pages.
  for (const [key, value, more] of [
    ['subtitle', deck.subtitle, ' (or the "#" heading printed as the subtitle); put the detail in the introduction'],
    ['author', deck.author, ''],
  ] as const) {
    if (value && value.length > MAX_TITLE_CHARS) {
      throw contentError(file, at[key], `${key} is ${value.length} characters long, over the ${MAX_TITLE_CHARS} limit`, `shorten "${key}:" in the front matter${more}`);
    }
  }
  let count = 0;
  for (const section of deck.sections) {
    if (section.title.length > MAX_TITLE_CHARS) throw contentError(file, section.line, `section title is ${section.title.length} characters long, over the ${MAX_TITLE_CHARS} limit`, 'shorten the "## Section" heading');
    for (const q of section.questions) {
      count++;
      if (q.text.length > MAX_TITLE_CHARS) throw contentError(file, q.line, `question is ${q.text.length} characters long, over the ${MAX_TITLE_CHARS} limit`, 'shorten the "### Question?" heading; put the detail in the answer');
      if (q.tags.length > MAX_TAGS) throw contentError(file, q.line, `question has ${q.tags.length} tags, over the ${MAX_TAGS} limit`, 'keep a few tags per question');
      const long = q.tags.find((t) => t.length > MAX_TAG_CHARS);
      if (long !== undefined) throw contentError(file, q.line, `tag "${excerpt(long, 41)}" is ${long.length} characters long, over the ${MAX_TAG_CHARS} limit`, 'use short tags');
    }
  }
  if (maxQuestions > 0 && count > maxQuestions) {
    throw contentError(file, 1, `deck has ${count.toLocaleString('en-US')} questions, over the limit of ${maxQuestions.toLocaleString('en-US')}`, 'split it into several decks, or raise the limit with --max-questions');
  }
}

/** Throws when the text has more lines than MAX_DECK_LINES, before anything parses it. */
export function checkLineCount(text: string, file: string): void {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (++lines > MAX_DECK_LINES) throw contentError(file, MAX_DECK_LINES + 1, `deck has more than ${MAX_DECK_LINES} lines`, 'split it into several decks');
  }
}
