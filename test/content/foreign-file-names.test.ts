import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// A zip made on an older Windows or Mac system keeps its file names in Latin-1: `café.md` arrives
// as the bytes 63 61 66 E9, which are not UTF-8, and Node lists the file as "caf\uFFFD.md".
describe('a deck whose file name is not UTF-8', () => {
  it('is named as such, with how to rename it, not as a missing file', async () => {
    const dir = await tempDir('studyguide-latin1-');
    const deck = '# Café\n\n## S\n\n### What is a café?\n\n> A small restaurant.\n';
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('.md')]), deck);
    writeFileSync(path.join(dir, 'fine.md'), deck);
    const result = await runCli(['check', dir], { NO_COLOR: '1' });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes('error'));
    expect(lines).toEqual([
      `${path.join(dir, 'caf\uFFFD.md')}:1: error: cannot read this deck: its file name is not UTF-8 (a name from another system's encoding, as old zip files keep them) — rename it (convmv -f latin1 -t utf8 --notest -r . renames every such file under a folder)`,
      '1 error, 0 warnings in 2 decks',
    ]);
  });
});
