import { describe, expect, it } from 'vitest';
import { createWatchReporter } from '../../src/watch/watch-report.js';

// What `watch` says about each deck when it starts serving them.
describe('the watch report', () => {
  it("says a folder's read-me is left out as a warning, a broken deck as an error", () => {
    const lines: string[] = [];
    const sink = { write: (s: string) => lines.push(s) > 0, isTTY: false };
    const report = createWatchReporter({ out: sink, err: sink }, 'normal');
    report({
      type: 'listening',
      url: 'http://127.0.0.1:4000/',
      previews: [
        {
          slug: 'readme',
          file: 'README.md',
          error: 'README.md:1: no questions here: an index of other files (a.md, b.md), not a deck; left out',
          leftOut: true,
          ms: 1,
        },
        { slug: 'bad', file: 'bad.md', error: 'bad.md:5: question "Q?" has no answer', ms: 1 },
        { slug: 'good', file: 'good.md', ms: 1 },
      ],
    });
    expect(lines.slice(1, 3)).toEqual([
      'README.md:1: warning: no questions here: an index of other files (a.md, b.md), not a deck; left out\n',
      'error: bad.md:5: question "Q?" has no answer\n',
    ]);
    expect(lines[3]).toContain('good → http://127.0.0.1:4000/good/guide.html');
  });
});
