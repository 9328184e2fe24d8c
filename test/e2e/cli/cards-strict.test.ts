import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedBrowserEnv, tempDir } from '../../helpers.js';
import { runCli } from '../../cli-run.js';
import { parseInPlace } from '../../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

describe('studyguide build --strict', () => {
  it('exits 1 with one line naming the question that does not fit', async () => {
    const out = path.join(await tempDir('studyguide-strict-'), 'out');
    const { code, stderr } = await runCli(['build', 'test/fixtures/cards-overflow/overflow.md', '--out', out, '--outputs', 'cards', '--strict'], {
      ...sharedBrowserEnv(),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    });
    expect(code).toBe(1);
    const lines = stderr.split('\n');
    expect(
      lines.some((l) =>
        /^error: test\/fixtures\/cards-overflow\/overflow\.md:16: Q2 "How would you plan capacity for a launch\?" does not fit its index-3x5 card: [\d.]+ pt too long at 7 pt — shorten the card answer/.test(
          l,
        ),
      ),
      stderr,
    ).toBe(true);
    expect(existsSync(path.join(out, 'overflow', 'cards.pdf'))).toBe(false);
  });
});
