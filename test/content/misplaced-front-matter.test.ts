import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { StudyguideError } from '../../src/errors.js';

const errorOf = (text: string): string => {
  try {
    parseDeck(text, { file: 'd.md', slug: 'd' });
  } catch (err) {
    if (err instanceof StudyguideError) return err.format();
    throw err;
  }
  return 'no error';
};

const BODY = '## Basics\n\n### What does pwd print?\n\n> The current folder.\n';

// Front matter not on the file's first line is a rule and a heading to markdown: after a blank
// line the deck failed as "deck has no title"; under the title its keys (paper: letter) were a
// section's title, and nothing said they were not applied.
describe('front matter below the top of the file', () => {
  it('after blank lines is an error at its line, saying to move it up', () => {
    expect(errorOf(`\n\n---\ntitle: Shell\nlang: en\n---\n\n${BODY}`)).toBe(
      'd.md:3: front matter is not on the first line of the file, so it is read as text — move the --- block to the very top',
    );
  });

  it('under the # title too', () => {
    expect(errorOf(`# Shell\n\n---\ntags: shell\npaper: letter\n---\n\n${BODY}`)).toBe(
      'd.md:3: front matter is not on the first line of the file, so it is read as text — move the --- block to the very top',
    );
  });

  it('but rules around prose, or around key-like lines inside an answer, are text as before', () => {
    expect(errorOf(`# Shell\n\n---\nA deck for beginners.\n---\n\n${BODY}`)).toBe('no error');
    expect(errorOf(`# Shell\n\n${BODY}\n---\ntitle: not front matter\n---\n`)).toBe('no error');
    expect(errorOf(`---\ntitle: Shell\n---\n\nIntro.\n\n---\n\n${BODY}`)).toBe('no error');
  });
});
