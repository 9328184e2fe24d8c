import { describe, expect, it } from 'vitest';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { initDeckFolder, nextStep, withSchema } from '../src/cli/init.js';
import { commandIn } from '../src/cli/installed-copy.js';
import { checkDecks } from '../src/check/check-deck.js';
import { readConfigFile, resolveOptions } from '../src/config/config.js';
import { loadDeck } from '../src/content/load-deck.js';
import { allQuestions } from '../src/model/deck.js';
import { tempDir } from './helpers.js';
import { StudyguideError } from '../src/errors.js';
import { runCli } from './cli-run.js';
import { parseInPlace } from './parse-in-place.js';

// Its builds and checks parse in this process, whose markdown stack is loaded, not on a thread that
// loads it again (about a second each); the thread: test/e2e/faults/parse-limits, test/api.
parseInPlace();

describe('studyguide init', () => {
  it('writes an example deck, a config file and a README that all pass their own checks', async () => {
    const dir = path.join(await tempDir(), 'decks');
    const { written, kept } = await initDeckFolder(dir);
    expect(kept).toEqual([]);
    expect(written.map((f) => path.relative(dir, path.resolve(f))).sort()).toEqual([
      'README.md',
      'content/example.md',
      'content/images/cache.svg',
      'studyguide.config.json',
    ]);
    const config = await readConfigFile(undefined, dir);
    expect(config.values.paper).toBe('a4');
    const result = await checkDecks([path.join(dir, 'content')], resolveOptions([], config.values, {}));
    expect(result.findings).toEqual([]);
    expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toContain('npx studyguide build');
  });

  it('shows every part of the format in the example deck', async () => {
    const dir = await tempDir();
    await initDeckFolder(dir);
    const deck = await loadDeck(path.join(dir, 'content', 'example.md'));
    const qs = allQuestions(deck);
    expect(deck.subtitle && deck.author && deck.date && deck.tags.length && deck.introHtml && deck.outro).toBeTruthy();
    expect(new Set(qs.map((q) => q.level))).toEqual(new Set(['easy', 'medium', 'hard']));
    expect(deck.sections.some((s) => s.level)).toBe(true);
    expect(qs.some((q) => q.answerFromCard)).toBe(true);
    expect(qs.some((q) => q.id === 'q-http-caching')).toBe(true);
    const html = qs.map((q) => q.answerHtml).join('');
    for (const tag of ['<ol>', '<table>', '<pre>', '<img', '<a href="#', '<code']) expect(html).toContain(tag);
  });

  it('into a folder that can never be made (under /proc): one line naming the file, at once', async () => {
    const dir = '/proc/studyguide-init';
    const hung = new Promise((resolve) => setTimeout(() => resolve('still making the folder after 3 s'), 3000).unref());
    const error = await Promise.race([
      initDeckFolder(dir).then(
        () => undefined,
        (e: unknown) => e,
      ),
      hung,
    ]);
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toMatch(/^cannot write \/proc\/studyguide-init\/\S+ \(ENOENT\) — choose a folder you can write to$/);
  });

  it('never overwrites a file, not even on a second run', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'README.md'), 'my own readme\n');
    const run = await runCli(['init', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(exists; not overwritten)');
    expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toBe('my own readme\n');
    await writeFile(path.join(dir, 'content', 'example.md'), 'edited\n');
    const again = await initDeckFolder(dir);
    expect(again.written).toEqual([]);
    expect(await readFile(path.join(dir, 'content', 'example.md'), 'utf8')).toBe('edited\n');
  });
});

describe('the next step init prints', () => {
  it('goes into the folder only when it is another one, quoted when the shell would split its name', () => {
    const npx = 'npx studyguide';
    expect(nextStep('.', '/home/me', npx)).toBe('npx studyguide check && npx studyguide build');
    expect(nextStep('/home/me/', '/home/me', npx)).toBe('npx studyguide check && npx studyguide build');
    expect(nextStep('decks', '/home/me', npx)).toBe('cd decks && npx studyguide check && npx studyguide build');
    expect(nextStep('my decks', '/home/me', npx)).toBe("cd 'my decks' && npx studyguide check && npx studyguide build");
    expect(nextStep("Tom's $decks", '/home/me', 'studyguide')).toBe("cd 'Tom'\\''s $decks' && studyguide check && studyguide build");
  });

  // A global install (npm install -g) printed "npx studyguide …", and npx, finding no local copy,
  // asked the registry for a package named studyguide: a 404 today, someone else's code tomorrow.
  it("says npx only where npx finds this copy, and points $schema through the project's link, not pnpm's store path", async () => {
    const dir = await tempDir('studyguide-init-copy-');
    // pnpm's layout: the project's node_modules/studyguide links into a versioned store folder.
    const store = path.join(dir, 'project', 'node_modules', '.pnpm', 'studyguide@0.1.0', 'node_modules', 'studyguide');
    await mkdir(store, { recursive: true });
    await symlink(store, path.join(dir, 'project', 'node_modules', 'studyguide'));
    const decks = path.join(dir, 'project', 'decks', 'net');
    expect(commandIn(decks, store)).toBe('npx studyguide');
    expect(JSON.parse(withSchema('{}', decks, store))).toEqual({ $schema: '../../node_modules/studyguide/schema/studyguide.schema.json' });
    // Outside any project holding it: a global install's copy, reached by the bare command.
    const global = path.join(dir, 'prefix', 'lib', 'node_modules', 'studyguide');
    const elsewhere = path.join(dir, 'my decks é');
    expect(commandIn(elsewhere, global)).toBe('studyguide');
    expect(JSON.parse(withSchema('{}', elsewhere, global))).toEqual({ $schema: '../prefix/lib/node_modules/studyguide/schema/studyguide.schema.json' });
    // Another copy in the project is not this one; npx there would run that one.
    expect(commandIn(decks, global)).toBe('studyguide');
    // This repository itself, and npx's download folder.
    expect(commandIn(path.join(global, 'decks'), global)).toBe('npx studyguide');
    expect(commandIn(elsewhere, path.join(dir, '.npm', '_npx', '1a2b', 'node_modules', 'studyguide'))).toBe('npx studyguide');
  });
});

describe('init into a place that is no folder', () => {
  it('names what is in the way and what to do (it said "cannot write …/content/example.md (ENOTDIR)")', async () => {
    const dir = await tempDir('studyguide-init-odd-');
    const { mkdir, symlink } = await import('node:fs/promises');
    await writeFile(path.join(dir, 'notes'), 'mine');
    await mkdir(path.join(dir, 'deck'));
    await writeFile(path.join(dir, 'deck', 'content'), 'mine');
    await symlink(path.join(dir, 'gone'), path.join(dir, 'dangling'));
    const cases: [string, string][] = [
      ['notes', `${path.join(dir, 'notes')}: is a file where init makes a folder — give init a folder (new or existing), or move the file`],
      ['deck', `${path.join(dir, 'deck', 'content')}: is a file where init makes a folder — give init a folder (new or existing), or move the file`],
      ['dangling', `${path.join(dir, 'dangling')}: is a link to ${path.join(dir, 'gone')}, which is not there — make that folder, or give init another one`],
    ];
    for (const [name, line] of cases) {
      const error = await initDeckFolder(path.join(dir, name)).catch((err: unknown) => err);
      expect(error, name).toBeInstanceOf(StudyguideError);
      expect((error as StudyguideError).format(), name).toBe(line);
    }
    expect(await readFile(path.join(dir, 'notes'), 'utf8')).toBe('mine');
  });
});
