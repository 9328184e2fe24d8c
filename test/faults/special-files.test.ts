import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';
import { assetDirs, readAsset } from '../../src/render/assets.js';
import { createTemplateEnv } from '../../src/render/handlebars-env.js';
import { StudyguideError } from '../../src/errors.js';

// Decks parse in this process, as the CLI's `main` runs here (a spawned bin: e2e/faults/interrupted-build).
parseInPlace();

// Decks arrive as zips and tarballs, so a "deck" may be a FIFO (opening it for reading waits for
// a writer forever), a link to /dev/zero (reading it never ends), a socket, or a link out of the
// folder. Each must fail only its own deck, with a file:line reason, quickly; the good deck
// beside them builds. The CSV output needs no browser, so these run as CLI calls in this process,
// and vitest's timeout is the bound: a hang fails the test instead of passing it.

const GOOD = '# Good deck\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n\n![a pipe](pipe.png)\n';

/** A folder with one good deck and one of each special file, plus a server holding the socket open. */
async function hostileFolder(): Promise<{ root: string; decks: string; close: () => void }> {
  const root = await tempDir('studyguide-special-');
  const decks = path.join(root, 'decks');
  await mkdir(decks);
  await writeFile(path.join(decks, 'a-good.md'), GOOD);
  execFileSync('mkfifo', [path.join(decks, 'fifo.md')]);
  execFileSync('mkfifo', [path.join(decks, 'pipe.png')]);
  await symlink('/dev/zero', path.join(decks, 'zero.md'));
  await writeFile(path.join(root, 'secret.md'), '# Secret\n\n## S\n\n### Private key?\n\n> do-not-print-me\n');
  await symlink(path.join(root, 'secret.md'), path.join(decks, 'outside.md'));
  const server = net.createServer().listen(path.join(decks, 'socket.md'));
  await new Promise((resolve) => server.once('listening', resolve));
  return { root, decks, close: () => server.close() };
}

const EXPECTED = [
  /fifo\.md:1: (error: )?cannot read this deck: it is a named pipe \(FIFO\), not a regular file — give a plain deck file/,
  /outside\.md:1: (error: )?cannot read this deck: it is a link to .*secret\.md, outside the deck's folder — copy the file into the folder/,
  /socket\.md:1: (error: )?cannot read this deck: it is a socket.*, not a regular file/,
  /zero\.md:1: (error: )?cannot read this deck: it is a link to \/dev\/zero, outside the deck's folder/,
];

describe('special files as decks', () => {
  it('build: each fails its own deck with file:line, the good deck builds, the cache reads none of them', async () => {
    const { root, decks, close } = await hostileFolder();
    try {
      const out = path.join(root, 'out');
      // With the cache on, every deck is hashed before anything is built: that read is guarded too.
      const run = await runCli(['build', decks, '--out', out, '--outputs', 'csv']);
      expect(run.code, run.stderr).toBe(1);
      for (const line of EXPECTED) expect(run.stderr).toMatch(line);
      expect(readFileSync(path.join(out, 'a-good', 'cards.csv'), 'utf8')).toContain('What is DNS?');
      expect(run.stderr).toMatch(/a-good\.md:9: .*image "pipe\.png" left out: it is a named pipe \(FIFO\), not a regular file/);
      for (const slug of ['fifo', 'zero', 'outside', 'socket']) expect(existsSync(path.join(out, slug)), slug).toBe(false);
      expect(JSON.stringify(run)).not.toContain('do-not-print-me');
    } finally {
      close();
    }
  });

  it('check: reports each special file at its line and checks the good deck', async () => {
    const { decks, close } = await hostileFolder();
    try {
      const run = await runCli(['check', decks]);
      expect(run.code, run.stderr).toBe(1);
      const all = run.stdout + run.stderr;
      for (const line of EXPECTED) expect(all).toMatch(line);
      expect(all).toMatch(/a-good\.md:9: warning: .*image "pipe\.png" left out: it is a named pipe/);
    } finally {
      close();
    }
  });

  it('ids: a special file is refused at its line, read no further, written never (a FIFO hung it for good)', async () => {
    const { decks, close } = await hostileFolder();
    try {
      for (const [name, line] of [
        ['fifo.md', EXPECTED[0]],
        ['outside.md', EXPECTED[1]],
        ['socket.md', EXPECTED[2]],
        ['zero.md', EXPECTED[3]],
      ] as const) {
        const run = await runCli(['ids', path.join(decks, name)]);
        expect(run.code, name).toBe(1);
        expect(run.stderr, name).toMatch(line);
      }
      expect(JSON.stringify(readFileSync(path.join(path.dirname(decks), 'secret.md'), 'utf8'))).not.toContain('Id:');
      expect(await runCli(['ids', path.join(decks, 'a-good.md')])).toMatchObject({ code: 0 });
      expect(readFileSync(path.join(decks, 'a-good.md'), 'utf8')).toMatch(/^Id: sg-/m);
    } finally {
      close();
    }
  });

  it('import: a FIFO or a link to /dev/zero as the bank is refused at once at file:1 (both hung it for good)', async () => {
    const root = await tempDir('studyguide-special-');
    execFileSync('mkfifo', [path.join(root, 'bank.csv')]);
    await symlink('/dev/zero', path.join(root, 'zero.tsv'));
    for (const [name, reason] of [
      ['bank.csv', 'it is a named pipe \\(FIFO\\), not a regular file'],
      ['zero.tsv', 'it is a device, not a regular file'],
    ]) {
      const run = await runCli(['import', path.join(root, name), '-o', path.join(root, 'deck.md')]);
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toMatch(new RegExp(`${name}:1: cannot read this bank: ${reason} — give a plain deck file`));
    }
    expect(existsSync(path.join(root, 'deck.md'))).toBe(false);
  });

  it("a theme's stylesheet or partial that is a FIFO or a link to /dev/zero is refused at once, naming it (the build hung, deaf to Ctrl-C)", async () => {
    const theme = await tempDir('studyguide-special-');
    await mkdir(path.join(theme, 'styles'));
    await mkdir(path.join(theme, 'templates', 'partials'), { recursive: true });
    execFileSync('mkfifo', [path.join(theme, 'styles', 'guide.css')]);
    await symlink('/dev/zero', path.join(theme, 'templates', 'partials', 'cover.hbs'));
    const dirs = assetDirs({ theme });
    const failure = (read: () => unknown) => {
      try {
        read();
      } catch (err) {
        return err instanceof StudyguideError ? err.format() : `not a StudyguideError: ${String(err)}`;
      }
    };
    expect(failure(() => readAsset(dirs.styles, 'guide.css'))).toBe(
      `${path.join(theme, 'styles', 'guide.css')}: cannot read this stylesheet: it is a named pipe (FIFO), not a regular file — give a plain stylesheet file`,
    );
    expect(failure(() => createTemplateEnv(dirs))).toBe(
      `${path.join(theme, 'templates', 'partials', 'cover.hbs')}: cannot read this template: it is a device, not a regular file — give a plain template file`,
    );
  });

  it('a deck larger than the limit is refused from its size, before it is read', async () => {
    const root = await tempDir('studyguide-special-');
    await writeFile(path.join(root, 'a-good.md'), GOOD.replace(/!\[.*\n/, ''));
    // A sparse 1 GB file: reading it whole would take a gigabyte of memory.
    execFileSync('truncate', ['-s', '1G', path.join(root, 'huge.md')]);
    const run = await runCli(['build', root, '--out', path.join(root, 'out'), '--outputs', 'csv']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/huge\.md:1: cannot read this deck: the deck file is 1024 MB, over the 4 MB limit — split it into several decks/);
    expect(existsSync(path.join(root, 'out', 'a-good', 'cards.csv'))).toBe(true);
  });
});
