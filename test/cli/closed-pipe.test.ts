import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers.js';

// `studyguide build … | head -1`, or a watch whose parent went away: the reader of stdout is gone
// before the command writes. The lines are lost, the build is not: it finishes, exit code 0.
describe('a command whose output pipe is closed', () => {
  it('finishes its build and exits 0, without an unhandled EPIPE', async () => {
    const dir = await tempDir('studyguide-pipe-');
    const deck = path.join(dir, 'deck.md');
    await writeFile(deck, '# Deck\n\n## S\n\n### One?\n\n> Yes.\n\n### Two?\n\n> No.\n');
    const child = spawn(process.execPath, ['bin/studyguide.js', 'build', deck, '--out', path.join(dir, 'out'), '--outputs', 'csv', '--no-cache'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the first line is written.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code, stderr).toBe(0);
    expect(existsSync(path.join(dir, 'out', 'deck', 'cards.csv'))).toBe(true);
  });
});
