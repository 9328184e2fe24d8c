import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli-run.js';
import { tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Files a user really has: saved in another encoding, cut short in the middle of a block, one huge
// table, or nothing but front matter or headings. Each is read well, or stopped by one line naming
// the file, the line and what to do, with exit code 1; nothing is dropped without a word.
describe('a deck file that is broken the way real files are', () => {
  // What `check` reads of each file, not the parser's thread (test/faults/parse-limits.test.ts):
  // parsed in this process, not on a thread started for each of the nine checks (most of the file's CPU).
  parseInPlace();
  const BANK =
    '# Redes\n\n## Básico\n\n### ¿Qué es DNS?\n\n> Traduce nombres a direcciones.\n\n### ¿Qué hace NAT?\n\n> Traduce direcciones privadas a una pública.\n';

  async function check(name: string, body: string | Buffer): Promise<{ code: number; lines: string[] }> {
    const file = path.join(await tempDir('studyguide-cut-'), name);
    writeFileSync(file, body);
    const { code, stdout, stderr } = await runCli(['check', file]);
    const lines = `${stdout}\n${stderr}`
      .split('\n')
      .map((line) => line.replace(file, name).trim())
      .filter(Boolean);
    return { code, lines };
  }

  it('reads UTF-16 with its byte-order mark, and names the fix for UTF-16 without one and for Latin-1', async () => {
    const bom = await check('utf16.md', Buffer.from(`\ufeff${BANK}`, 'utf16le'));
    expect(bom.code).toBe(0);
    expect(bom.lines.find((l) => l.includes('read:'))).toMatch(/read: 2 questions/);
    const bare = await check('bare.md', Buffer.from(BANK, 'utf16le'));
    expect([bare.code, bare.lines.find((l) => l.includes('error'))]).toEqual([
      1,
      expect.stringMatching(/^bare\.md:1: error: .*UTF-16.* — save the file as UTF-8$/),
    ]);
    const latin = await check('latin.md', Buffer.from(BANK, 'latin1'));
    expect([latin.code, latin.lines.find((l) => l.includes('error'))]).toEqual([1, expect.stringMatching(/^latin\.md:3: error: .* — save the file as UTF-8$/)]);
  });

  it('says where a code fence or a <details> cut short swallows the questions after it', async () => {
    const fence = await check(
      'fence.md',
      '# Go\n\n### What does this print?\n\n```go\nfmt.Println(1)\n\n### Why is a map unsafe across goroutines?\n\n> Writes race.\n',
    );
    expect(fence.lines.find((l) => l.includes('never closed'))).toMatch(/^fence\.md:5: warning: code block is never closed/);
    const details = await check(
      'details.md',
      '# JS\n\n1. What is a closure?\n\n<details><summary>Answer</summary>\n\nA function with its variables.\n\n2. What is hoisting?\n\n<details><summary>Answer</summary>\n\nDeclarations move up.\n',
    );
    expect(details.lines.find((l) => l.includes('never closed'))).toMatch(
      /^details\.md:5: warning: <details> is never closed, so the rest of the file \(with 1 more question\)/,
    );
  });

  it('reads an HTML table of questions cut short in its last row, and says so at the table', async () => {
    const cut = await check(
      'table.md',
      '# SQL\n\n<table>\n<tr><th>Question</th><th>Answer</th></tr>\n<tr><td>What is a JOIN?</td><td>Rows of two tables combined.</td></tr>\n<tr><td>What is an index?</td><td>A lookup structure',
    );
    expect(cut.code).toBe(0);
    expect(cut.lines.find((l) => l.includes('read:'))).toMatch(/read: 2 questions/);
    expect(cut.lines.find((l) => l.includes('never closed'))).toMatch(/^table\.md:3: warning: <table> is never closed/);
  });

  it('reads a bank that is one huge table', async () => {
    const rows = Array.from({ length: 1500 }, (_, k) => `| What does port ${k + 1} carry? | Service ${k + 1}. |`).join('\n');
    const huge = await check('huge.md', `# Ports\n\n| Question | Answer |\n|---|---|\n${rows}\n`);
    expect(huge.code).toBe(0);
    expect(huge.lines.find((l) => l.includes('read:'))).toMatch(/read: 1,500 questions/);
  });

  it('stops a file of only front matter, or only headings, with the line and what to write', async () => {
    const front = await check('front.md', '---\ntitle: Kubernetes\nlang: en\n---\n');
    const headings = await check('headings.md', '# Kubernetes\n\n## Pods\n\n## Services\n');
    for (const [got, name] of [
      [front, 'front.md'],
      [headings, 'headings.md'],
    ] as const) {
      expect(got.code).toBe(1);
      expect(got.lines.find((l) => l.includes('error'))).toMatch(new RegExp(`^${name.replace('.', '\\.')}:1: error: deck has no questions — add `));
    }
  });
});
