import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pdfInfo, tempDir } from '../../helpers.js';

// The newcomer's path: `npx studyguide build` through the package's bin, its own browser, real files.
describe('npx studyguide build', () => {
  it('builds a deck, prints one summary line per output and exits 0', async () => {
    const dir = await tempDir('studyguide-npx-');
    const deck = path.join(dir, 'tiny.md');
    writeFileSync(
      deck,
      '# Tiny deck\n\n## Basics\n\nLevel: easy\n\n### What is DNS?\n\n> Names to addresses.\n\n### What is TLS?\n\nEncryption in transit. It also proves who the server is.\n',
    );
    const out = path.join(dir, 'out');
    const run = spawnSync('npx', ['--no-install', 'studyguide', 'build', deck, '--out', out, '--outputs', 'guide,cards', '--no-cache'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/tiny\.md:11: warning: question "What is TLS\?" has no card answer/);
    for (const name of ['guide.html', 'guide.pdf', 'cards.html', 'cards.pdf']) {
      expect(existsSync(path.join(out, 'tiny', name)), name).toBe(true);
      // One line per output: its name, and for PDFs the page count, then the size.
      const pdf = name.endsWith('.pdf') ? String.raw`\s+\d+ pages?` : '';
      expect(run.stdout).toMatch(new RegExp(`${name.replace('.', '\\.')}${pdf}\\s+[\\d.]+ (B|KB|MB)`));
    }
    expect(Number(pdfInfo(path.join(out, 'tiny', 'cards.pdf')).Pages)).toBe(2);
  });
});
