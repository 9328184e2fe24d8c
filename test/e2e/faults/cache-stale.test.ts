import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deckKey } from '../../../src/cache/cache-inputs.js';
import { tempDir } from '../../helpers.js';
import { runCli } from '../../cli-run.js';

const PNG = (n: number) => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from([n])]);

/** The deck's key before and after one of its images is replaced. */
async function keysAroundImageChange(markdown: string, image: string): Promise<[string, string]> {
  const dir = await tempDir('studyguide-key-');
  const file = path.join(dir, 'deck.md');
  await writeFile(file, `# D\n\n## S\n\n### Q?\n\n> A.\n\n${markdown}\n`);
  await writeFile(path.join(dir, image), PNG(1));
  const before = await deckKey(file, 'fp');
  await writeFile(path.join(dir, image), PNG(2));
  return [before, await deckKey(file, 'fp')];
}

describe('the cache key of a deck', () => {
  for (const [form, markdown, image] of [
    ['inline', '![x](pic.png)', 'pic.png'],
    ['angle brackets with a space', '![x](<my pic.png>)', 'my pic.png'],
    ['percent-encoded', '![x](my%20pic.png)', 'my pic.png'],
    ['a reference', '![x][ref]\n\n[ref]: pic.png', 'pic.png'],
    ['a reference in angle brackets', '![x][ref]\n\n[ref]: <my pic.png> "title"', 'my pic.png'],
    ['a collapsed reference', '![ref][]\n\n[ref]: pic.png', 'pic.png'],
    ['HTML', '<img src="pic.png" alt="x">', 'pic.png'],
  ]) {
    it(`changes when an image named as ${form} is replaced`, async () => {
      const [before, after] = await keysAroundImageChange(markdown, image);
      expect(after).not.toBe(before);
    });
  }

  it('reads no image through a link out of the folder, and no pipe or device (the test timeout bounds a hang)', async () => {
    const root = await tempDir('studyguide-key-');
    const dir = path.join(root, 'deck');
    await mkdir(dir);
    const file = path.join(dir, 'deck.md');
    await writeFile(file, '# D\n\n## S\n\n### Q?\n\n> A.\n\n![a](secret.png) ![b](pipe.png) ![c](zero.png)\n');
    await writeFile(path.join(root, 'secret.png'), PNG(1));
    await symlink(path.join(root, 'secret.png'), path.join(dir, 'secret.png'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.png')]);
    await symlink('/dev/zero', path.join(dir, 'zero.png'));
    const before = await deckKey(file, 'fp');
    // The file outside is not read: changing it does not change the key.
    await writeFile(path.join(root, 'secret.png'), PNG(2));
    expect(await deckKey(file, 'fp')).toBe(before);
  });

  it('changes with every option, and not with the output folder', async () => {
    const { buildFingerprint } = await import('../../../src/cache/cache-inputs.js');
    const base = { paper: 'letter', outDir: 'out', paths: ['a'] };
    const fp = await buildFingerprint(base, []);
    expect(await buildFingerprint({ ...base, paper: 'a4' }, [])).not.toBe(fp);
    expect(await buildFingerprint({ ...base, printPart: 50 }, [])).not.toBe(fp);
    expect(await buildFingerprint({ ...base, outDir: 'elsewhere' }, [])).toBe(fp);
  });
});

describe('two builds into one output folder', () => {
  it('run one after the other: the second waits, naming the build that holds the folder', async () => {
    const root = await tempDir('studyguide-lock-');
    const decks = path.join(root, 'decks');
    const out = path.join(root, 'out');
    await mkdir(decks);
    await writeFile(path.join(decks, 'deck.md'), '# Deck\n\n## S\n\n### One?\n\n> Yes.\n');
    const args = ['build', decks, '--out', out, '--outputs', 'anki,csv', '--no-cache'];
    // The first is a process of its own (the lock names its pid); it pauses after each file it
    // writes, holding the folder for two seconds or more.
    const child = spawn(process.execPath, ['bin/studyguide.js', ...args], { env: { ...process.env, NO_COLOR: '1', STUDYGUIDE_WRITE_PAUSE_MS: '1000' } });
    let firstErr = '';
    child.stderr.on('data', (d) => (firstErr += d));
    child.stdout.resume();
    const first = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr: firstErr })));
    const lock = path.join(out, '.studyguide-lock');
    for (let i = 0; i < 600 && !existsSync(lock); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(lock)).toBe(true);
    // The second runs in this process, already loaded: it reaches the lock at once, well inside the first's pauses.
    const [a, b] = await Promise.all([first, runCli(args, { NO_COLOR: '1' })]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain(`another build (pid ${child.pid}, started `);
    expect(b.stderr).toContain('waiting for it to finish');
    expect(existsSync(lock)).toBe(false);
  });
});

describe('an edit undone while the build runs', () => {
  it('the next build rebuilds what the undone edit printed instead of calling it unchanged', async () => {
    const root = await tempDir('studyguide-undo-');
    const deck = path.join(root, 'deck.md');
    const out = path.join(root, 'out');
    const version = (answer: string) => writeFile(deck, `# Deck\n\n## S\n\n### One?\n\n> ${answer}\n`);
    // The builds run in this process (test/cli-run.ts), one at a time: the test's own checks run
    // between the middle build's steps, as its pauses leave the event loop free.
    const build = (env: Record<string, string> = {}) => runCli(['build', deck, '--out', out, '--outputs', 'csv,anki'], { NO_COLOR: '1', ...env });
    const csv = () => readFile(path.join(out, 'deck', 'cards.csv'), 'utf8');
    await version('Original answer.');
    expect((await build()).code).toBe(0);
    await version('Edited answer.');
    // This build read the edit; while it writes (a pause after each file), the edit is undone.
    let finished = false;
    const edited = build({ STUDYGUIDE_WRITE_PAUSE_MS: '600' }).finally(() => (finished = true));
    const staging = () => existsSync(out) && readdirSync(out).some((name) => name.startsWith('.deck.') && name.endsWith('.staging'));
    for (let i = 0; i < 1200 && !staging() && !finished; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(staging()).toBe(true);
    await version('Original answer.');
    expect((await edited).code).toBe(0);
    expect(await csv()).toContain('Edited answer.'); // what that build read, and printed
    const again = await build();
    expect(again.code, again.stderr).toBe(0);
    expect(await csv()).toContain('Original answer.');
    expect(await csv()).not.toContain('Edited answer.');
  }, 120_000);
});
