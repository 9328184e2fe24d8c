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
    const run = (env: NodeJS.ProcessEnv) => {
      const child = spawn(process.execPath, ['bin/studyguide.js', 'build', decks, '--out', out, '--outputs', 'anki,csv', '--no-cache'], {
        env: { ...process.env, NO_COLOR: '1', ...env },
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.resume();
      return { child, done: new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr }))) };
    };
    // The first pauses after each file it writes, holding the folder for a few seconds.
    const first = run({ STUDYGUIDE_WRITE_PAUSE_MS: '2500' });
    const lock = path.join(out, '.studyguide-lock');
    for (let i = 0; i < 600 && !existsSync(lock); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(lock)).toBe(true);
    const second = run({});
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain(`another build (pid ${first.child.pid}, started `);
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
    // The CLI in this process (test/cli-run.ts), one build at a time: the folder's lock and what the
    // builds wrote are what this checks, not a second process (the lock's test above has two).
    const build = (env: Record<string, string> = {}) => {
      let ended = false;
      const done = runCli(['build', deck, '--out', out, '--outputs', 'csv,anki'], { NO_COLOR: '1', ...env }).finally(() => (ended = true));
      return { done, running: () => !ended };
    };
    const csv = () => readFile(path.join(out, 'deck', 'cards.csv'), 'utf8');
    await version('Original answer.');
    expect((await build().done).code).toBe(0);
    await version('Edited answer.');
    // This build read the edit; while it writes (a pause after each file), the edit is undone.
    const edited = build({ STUDYGUIDE_WRITE_PAUSE_MS: '1500' });
    const staging = () => readdirSync(out).some((name) => name.startsWith('.deck.') && name.endsWith('.staging'));
    for (let i = 0; i < 1200 && !staging() && edited.running(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(staging()).toBe(true);
    await version('Original answer.');
    expect((await edited.done).code).toBe(0);
    expect(await csv()).toContain('Edited answer.'); // what that build read, and printed
    const again = await build().done;
    expect(again.code, again.stderr).toBe(0);
    expect(await csv()).toContain('Original answer.');
    expect(await csv()).not.toContain('Edited answer.');
  }, 120_000);
});
