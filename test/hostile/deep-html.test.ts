import { describe, expect, it } from 'vitest';
import { deckFromBytes } from '../../src/content/load-deck.js';
import { checkDeckSource } from '../../src/check/check-deck-source.js';
import { StudyguideError } from '../../src/errors.js';

// Raw HTML nested thousands deep overflows the parsers' stack: one line at the place, in build and check alike.

const DECK = '# D\n\n## S\n\n### Q?\n\n> ok\n\n';
const divs = (n: number) => `${DECK}${'<div>'.repeat(n)}x${'</div>'.repeat(n)}\n`;
const details = (n: number) => `${DECK}${'<details><summary>s</summary>\n'.repeat(n)}x${'\n</details>'.repeat(n)}\n`;

function buildError(text: string): StudyguideError {
  try {
    deckFromBytes('deep.md', Buffer.from(text));
  } catch (err) {
    if (err instanceof StudyguideError) return err;
    throw err;
  }
  throw new Error('the deck parsed');
}

describe('raw HTML nested thousands deep', () => {
  it('fails the build at its line, naming the HTML (it said "nested lists or quotes", with no line)', () => {
    expect(buildError(divs(5000)).format()).toBe(
      'deep.md:9: raw HTML nested 5000 levels deep — flatten the nesting: close each tag where it ends, or write the content as markdown',
    );
    expect(buildError(details(5000)).line).toBe(5008);
  });

  it('is an error finding in check (it crashed with "Maximum call stack size exceeded", naming no file)', () => {
    const { findings } = checkDeckSource('deep.md', Buffer.from(divs(5000)), {});
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'deep.md',
        line: 9,
        level: 'error',
        code: 'invalid-deck',
        message: expect.stringMatching(/^raw HTML nested 5000 levels deep/),
      }),
    ]);
  });

  it('a few levels, or tags written in code, are read as usual', () => {
    expect(() => deckFromBytes('ok.md', Buffer.from(`${divs(20)}\nIn code: \`${'<div>'.repeat(300)}\`\n`))).not.toThrow();
  });
});
