import { describe, expect, it } from 'vitest';
import { replaceWordRuns } from '../../src/content/hyphenate.js';

// Hyphenation reads only the tokens that hold a word long enough to break: a text node of prose is
// mostly short words, and each token read cost a pattern test and a search of its own.
describe('replacing long runs of letters token by token', () => {
  const run = /[\p{L}\p{M}]{7,}/gu;
  const mark = (w: string) => `<${w}>`;

  it('asks whether to keep a token only for tokens holding a long run, once per token', () => {
    const asked: string[] = [];
    const keep = (token: string) => (asked.push(token), /\d/.test(token));
    const out = replaceWordRuns('The cat sat on a comfortable mat-and-hyphenation-compound, v2.internationalization too.', run, keep, mark);
    expect(asked).toEqual(['comfortable', 'mat-and-hyphenation-compound,', 'v2.internationalization']);
    expect(out).toBe('The cat sat on a <comfortable> mat-and-<hyphenation>-<compound>, v2.internationalization too.');
  });

  it('reads a token from space to space, tabs and line breaks included', () => {
    const seen: string[] = [];
    replaceWordRuns('first\tsomething\nanotherword   trailingwords', run, (t) => (seen.push(t), false), mark);
    expect(seen).toEqual(['something', 'anotherword', 'trailingwords']);
  });
});
