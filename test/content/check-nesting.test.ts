import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkNesting, MAX_NESTING } from '../../src/content/check-nesting.js';
import { tempDir } from '../helpers.js';
// In this process: the current source, no compiled dist/ and no Node start.
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';

// Its builds and checks parse in this process, whose markdown stack is loaded, not on a thread that
// loads it again (about a second each); the thread: test/e2e/faults/parse-limits, test/api.
parseInPlace();

const DEEP = `${'- '.repeat(MAX_NESTING + 50)}bottom`;
const DEEP_CODE = `${' '.repeat(2 * MAX_NESTING + 40)}deeply indented code`;

/** The line checkNesting refuses, or 'ok'. */
function refused(lines: string[]): number | 'ok' {
  try {
    checkNesting(lines.join('\n'), 'd.md');
    return 'ok';
  } catch (err) {
    return (err as { line: number }).line;
  }
}

describe('the nesting check', () => {
  it('skips a closed fence, at the top or inside a list item or a quote', () => {
    expect(refused(['# T', '```', DEEP, DEEP_CODE, '```', 'text'])).toBe('ok');
    expect(refused(['- item', '  ~~~~ sh', `  ${DEEP_CODE}`, '', '  ~~~~', '- next'])).toBe('ok');
    expect(refused(['> ```', `> ${DEEP_CODE}`, '> ```'])).toBe('ok');
  });

  it('is not switched off by a stray fence line', () => {
    // Never closed: the check goes on below it.
    expect(refused(['# T', '```', 'text', DEEP])).toBe(4);
    // "```a`b" is inline code, not a fence, so the later ``` opens one that is never closed.
    expect(refused(['```a`b', DEEP, '```'])).toBe(2);
    // A fence in a quote ends with the quote: the lines after it are outside, read as lists.
    expect(refused(['> ```', 'x', DEEP, '> ```'])).toBe(3);
    // A fence in a list item ends with the item.
    expect(refused(['- ```', DEEP, '  ```'])).toBe(2);
    // A closing fence with an info string does not close.
    expect(refused(['```', 'code', '```js', DEEP])).toBe(4);
  });

  it('stays linear on a deck of unclosed fences', () => {
    // 200,000 openers none of which closes another: each scanning to the end would take hours.
    const lines = Array.from({ length: 200_000 }, () => '> ````x');
    expect(refused([...lines, DEEP])).toBe(200_001);
  });

  it('runs in `check` too, at the line', async () => {
    const dir = await tempDir('studyguide-nesting-');
    await writeFile(path.join(dir, 'deep.md'), ['# Deck', '', '## S', '', '### Q?', '', '> A.', '', '```', '', DEEP, ''].join('\n'));
    const run = await runCli(['check', dir], { NO_COLOR: '1' });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/deep\.md:11: error: lists or quotes nested more than 100 levels deep/);
  });
});
