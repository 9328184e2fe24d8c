import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from '../../src/build.js';
import { type BuildEvent, type BuildOptions } from '../../src/model/build-options.js';
import { buildUnlessFresh } from '../../src/cache/build-memo.js';
import { CACHE_FILE } from '../../src/cache/cache-record.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { BrowserSession } from '../../src/print/browser-session.js';
import { pageSizes, pdfText, tempDir, unusedSession } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const FIXTURE = 'test/fixtures/cache';
// Two outputs are enough to see what is rebuilt; the cache records whatever steps ran.
const OUTPUTS = ['guide', 'cards'];

type Output = Extract<BuildEvent, { type: 'output' }>;

/** One build with the shared browser; `started` tells whether it needed the browser at all. */
async function buildOnce(paths: string[], outDir: string, extra: Partial<BuildOptions> = {}) {
  const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const events: BuildEvent[] = [];
  try {
    const result = await build({ ...defaultOptions(), outputs: OUTPUTS, paths, outDir, ...extra }, (e) => events.push(e), { session });
    const outputs = events.filter((e): e is Output => e.type === 'output' && e.deck !== '');
    return { result, outputs, started: session.started };
  } finally {
    await session.dispose();
  }
}

/** A fresh copy of the fixture decks (tests edit them). */
async function copyDecks(): Promise<{ dir: string; content: string; out: string }> {
  const dir = await tempDir('studyguide-cache-');
  const content = path.join(dir, 'content');
  await cp(FIXTURE, content, { recursive: true });
  return { dir, content, out: path.join(dir, 'out') };
}

const mtimes = async (files: string[]) => Promise.all(files.map(async (f) => (await stat(f)).mtimeMs));

// The first build every test starts from is made once; each test works on a copy of its decks
// and outputs (a deck's cache key and record do not depend on where the folder is).
let first: Awaited<ReturnType<typeof buildOnce>>;
let built: Awaited<ReturnType<typeof copyDecks>>;
beforeAll(async () => {
  built = await copyDecks();
  first = await buildOnce([built.content], built.out);
});

/** A copy of the decks and of what the first build wrote. */
async function afterFirstBuild(): Promise<{ content: string; out: string; moved: (file: string) => string }> {
  const dir = await tempDir('studyguide-cache-');
  await cp(built.dir, dir, { recursive: true });
  return { content: path.join(dir, 'content'), out: path.join(dir, 'out'), moved: (file) => path.join(dir, path.relative(built.dir, file)) };
}

describe('output cache', () => {
  it('reuses every output of an unchanged build without starting a browser', async () => {
    expect(first.started).toBe(true);
    expect(first.outputs.some((e) => e.cached)).toBe(false);
    const { content, out, moved } = await afterFirstBuild();
    const files = first.outputs.map((e) => moved(e.file));
    const before = await mtimes(files);

    const second = await buildOnce([content], out);
    expect(second.started).toBe(false);
    expect(second.result).toEqual({ built: ['alpha', 'beta'], failed: [] });
    // Decks build side by side, so the order of their files may differ from run to run.
    expect(second.outputs.map((e) => [e.file, e.cached]).sort()).toEqual(files.map((f) => [f, true]).sort());
    expect(second.outputs.find((e) => e.file.endsWith('alpha/guide.pdf'))?.pages).toBe(first.outputs.find((e) => e.file.endsWith('alpha/guide.pdf'))?.pages);
    expect(await mtimes(files)).toEqual(before);
    expect(pdfText(path.join(out, 'alpha', 'cards.pdf'))).toContain('What is a cache key?');
  });

  it('prints again only the deck that was edited', async () => {
    const { content, out } = await afterFirstBuild();
    const betaFiles = ['guide.pdf', 'cards.pdf', 'guide.html'].map((n) => path.join(out, 'beta', n));
    const betaBefore = await mtimes(betaFiles);
    const alpha = path.join(content, 'alpha.md');
    await writeFile(alpha, (await readFile(alpha, 'utf8')).replace('equal keys mean', 'equal keys (edited) mean'));

    const second = await buildOnce([content], out);
    expect(second.started).toBe(true);
    expect(second.outputs.filter((e) => e.deck === 'alpha').every((e) => !e.cached)).toBe(true);
    expect(second.outputs.filter((e) => e.deck === 'beta').every((e) => e.cached)).toBe(true);
    expect(await mtimes(betaFiles)).toEqual(betaBefore);
    expect(pdfText(path.join(out, 'alpha', 'cards.pdf'))).toContain('equal keys (edited) mean');
  });

  it('rebuilds everything with --no-cache', async () => {
    const { content, out } = await afterFirstBuild();
    const pdf = path.join(out, 'beta', 'guide.pdf');
    const before = (await stat(pdf)).mtimeMs;
    const again = await buildOnce([content], out, { cache: false });
    expect(again.started).toBe(true);
    expect(again.outputs.length).toBeGreaterThan(0);
    expect(again.outputs.some((e) => e.cached)).toBe(false);
    expect((await stat(pdf)).mtimeMs).toBeGreaterThan(before);
  });

  it('rebuilds a deck whose output was damaged, and on other options', async () => {
    const { content, out } = await afterFirstBuild();
    await writeFile(path.join(out, 'beta', 'guide.pdf'), 'not a pdf');
    const repaired = await buildOnce([content], out);
    expect(repaired.outputs.filter((e) => e.deck === 'beta').every((e) => !e.cached)).toBe(true);
    expect(repaired.outputs.filter((e) => e.deck === 'alpha').every((e) => e.cached)).toBe(true);
    expect(pdfText(path.join(out, 'beta', 'guide.pdf'))).toContain('What does a no-op rebuild do?');

    const letter = await buildOnce([content], out, { paper: 'letter' });
    expect(letter.outputs.some((e) => e.cached)).toBe(false);
    expect(pageSizes(path.join(out, 'alpha', 'guide.pdf')).map((s) => Math.round(s.width))).toContain(612);
  });

  it('answers a no-op build from the whole-build record, reporting each output unchanged', async () => {
    const { content, out } = await afterFirstBuild();
    const opts = { ...defaultOptions(), outputs: OUTPUTS, paths: [content], outDir: out };
    // Every deck is fresh, so this builds nothing (no browser), and records the whole build.
    const first: BuildEvent[] = [];
    await buildUnlessFresh(opts, (e) => first.push(e), { session: unusedSession() });
    expect(existsSync(path.join(out, CACHE_FILE))).toBe(true);
    const events: BuildEvent[] = [];
    const result = await buildUnlessFresh(opts, (e) => events.push(e), { session: unusedSession() });
    expect(result).toEqual({ built: ['alpha', 'beta'], failed: [] });
    const outputs = events.filter((e): e is Output => e.type === 'output');
    expect(outputs.map((e) => e.file).sort()).toEqual(
      first
        .filter((e): e is Output => e.type === 'output')
        .map((e) => e.file)
        .sort(),
    );
    expect(outputs.every((e) => e.cached && path.isAbsolute(e.file))).toBe(true);
  });
});
