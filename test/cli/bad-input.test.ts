import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli-run.js';
import { snapshot } from './snapshot.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// Bad input: one line on stderr that names file:line and says what to do, exit code 1, and the
// outputs of an earlier build left byte for byte. These fail before a browser is started, so the
// CLI runs in this process (a spawned bin failing a deck with exit 1: e2e/faults/interrupted-build).

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { NO_COLOR: '1', FORCE_COLOR: '0', ...env });

/** A fresh folder with an out/ as an earlier good build of `slug` left it, and its snapshot. */
async function earlierBuild(slug: string): Promise<{ dir: string; out: string; before: Record<string, string> }> {
  const dir = await tempDir('studyguide-cli-');
  const out = path.join(dir, 'out');
  mkdirSync(path.join(out, slug), { recursive: true });
  for (const name of ['guide.html', 'guide.pdf', 'cards.html', 'cards.pdf']) writeFileSync(path.join(out, slug, name), `earlier ${name}\n`);
  writeFileSync(path.join(out, 'index.html'), 'earlier index\n');
  return { dir, out, before: snapshot(out) };
}

const cases: { name: string; file: string; content?: string | Buffer; line: RegExp }[] = [
  {
    name: 'a missing path',
    file: 'missing.md',
    line: /^error: .*missing\.md: no such file or folder — check the path, or run without paths to build content\/$/,
  },
  { name: 'an empty file', file: 'empty.md', content: '', line: /^error: .*empty\.md:1: deck file is empty — write a "# Title"/ },
  {
    name: 'a binary file',
    file: 'photo.md',
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    line: /^error: .*photo\.md:3: not a markdown text file \(it contains NUL bytes\) — pass a \.md text file$/,
  },
  {
    name: 'a question with no answer',
    file: 'no-answer.md',
    content:
      '# Deck\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n\n### What is a CDN?\n\nTags: cdn\n\n### What is TLS?\n\n> Encryption in transit.\n',
    line: /^error: .*no-answer\.md:9: question "What is a CDN\?" has no answer — add a "> card answer" line or a paragraph under the heading$/,
  },
  {
    name: 'an unknown level',
    file: 'level.md',
    content: '# Deck\n\n## Basics\n\n### What is DNS?\n\nLevel: trivial · Tags: dns\n\n> Names to addresses.\n',
    line: /^error: .*level\.md:7: unknown level "trivial" — use one of easy, medium, hard$/,
  },
  {
    name: 'malformed front matter',
    file: 'front.md',
    content: '---\ntitle: Deck\nauthor: "Ada\n---\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n',
    line: /^error: .*front\.md:3: malformed front matter: .+ — fix the YAML between the --- lines/,
  },
];

describe('studyguide build with bad input', () => {
  for (const c of cases) {
    it(`reports ${c.name} in one line, exits 1 and leaves out/ as it was`, async () => {
      const { dir, out, before } = await earlierBuild(path.basename(c.file, '.md'));
      const file = path.join(dir, c.file);
      if (c.content !== undefined) writeFileSync(file, c.content);
      const { code, stderr } = await cli(['build', file, '--out', out]);
      const lines = stderr.trimEnd().split('\n');
      expect(lines, stderr).toHaveLength(1);
      expect(lines[0]).toMatch(c.line);
      expect(lines[0]).toContain(file);
      expect(code).toBe(1);
      expect(snapshot(out)).toEqual(before);
    });
  }
});

describe('studyguide build without a browser', () => {
  it('says how to get one, exits 2 and leaves out/ as it was', async () => {
    const { dir, out, before } = await earlierBuild('good');
    const file = path.join(dir, 'good.md');
    writeFileSync(file, '# Deck\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n');
    const { code, stderr } = await cli(['build', file, '--out', out, '--no-cache'], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' });
    const lines = stderr.trimEnd().split('\n');
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^error: PUPPETEER_EXECUTABLE_PATH names a browser that does not exist: \/nonexistent — set PUPPETEER_EXECUTABLE_PATH to a Chrome, Chromium or Edge program, or unset it .*; with no browser installed, install Chromium \(.*apt-get install chromium\).*npx @puppeteer\/browsers install chrome-headless-shell@stable/,
    );
    expect(code).toBe(2);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('studyguide build with two decks for one output folder', () => {
  it('refuses before writing anything, naming both files', async () => {
    const { dir, out, before } = await earlierBuild('my-deck');
    const deck = '# Deck\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n';
    writeFileSync(path.join(dir, 'My Deck.md'), deck);
    writeFileSync(path.join(dir, 'my-deck.md'), deck);
    const { code, stderr } = await cli(['build', dir, '--out', out]);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `error: ${path.join(dir, 'my-deck.md')}: both this deck and ${path.join(dir, 'My Deck.md')} would be written to the output folder "my-deck" — rename one of the two files`,
    ]);
    expect(code).toBe(1);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('studyguide build and check with no path, in a folder with no content/', () => {
  it('say to name a deck or start one with init, not to run without paths', async () => {
    // Run from the folder: the default path is relative to the working folder, and the project's holds content/.
    const dir = await tempDir('studyguide-cli-');
    const here = process.cwd();
    for (const command of ['build', 'check']) {
      process.chdir(dir);
      let run;
      try {
        run = await cli([command]);
      } finally {
        process.chdir(here);
      }
      expect(run.stderr.trimEnd()).toBe(
        'error: content: no such file or folder — name a deck (studyguide build my-deck.md), or run studyguide init to start a content/ folder',
      );
      expect(run.code).toBe(1);
    }
  });
});
