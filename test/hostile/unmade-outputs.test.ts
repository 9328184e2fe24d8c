import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Conflicting options: what a build leaves out, it says.

describe('--booklet with --outputs that leave the guide out', () => {
  it('warns at the deck that no guide-booklet.pdf is written (nothing was said)', async () => {
    const dir = await tempDir('studyguide-unmade-');
    const deck = path.join(dir, 'deck.md');
    writeFileSync(deck, '# Deck\n\n## S\n\n### One?\n\n> Yes.\n');
    const run = await runCli(['build', deck, '--out', path.join(dir, 'out'), '--outputs', 'csv', '--booklet', '--no-cache'], { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${deck}:1: warning: guide-booklet.pdf not written: the booklet is made from the guide, which outputs leaves out — add guide to --outputs, or drop --booklet`,
    );
    expect(existsSync(path.join(dir, 'out', 'deck', 'cards.csv'))).toBe(true);
  });

  it('at the front matter line when the deck asks for the booklet', async () => {
    const dir = await tempDir('studyguide-unmade-');
    const deck = path.join(dir, 'deck.md');
    writeFileSync(deck, '---\ntitle: Deck\nbooklet: true\n---\n# Deck\n\n## S\n\n### One?\n\n> Yes.\n');
    const run = await runCli(['build', deck, '--out', path.join(dir, 'out'), '--outputs', 'csv', '--no-cache'], { NO_COLOR: '1' });
    expect(run.stderr).toContain(`${deck}:3: warning: guide-booklet.pdf not written`);
  });
});
