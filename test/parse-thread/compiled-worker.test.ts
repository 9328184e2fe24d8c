import { describe, expect, it } from 'vitest';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledWorker } from '../../src/parse-thread/compiled-worker.js';
import { tempDirSync } from '../temp-dir.js';

/** A package folder holding the given files (relative paths), each dated `at` seconds. */
function packageWith(files: Record<string, number>): string {
  const root = tempDirSync('sg-worker-');
  for (const [file, at] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
    utimesSync(path.join(root, file), at, at);
  }
  return root;
}

const WORKER = 'parse-thread/parse-worker.js';
/** The module that starts the worker, as the tests run it: a source file, with no compiled file beside it. */
const fromSources = (root: string) => pathToFileURL(path.join(root, 'src', 'parse-thread', 'parse-off-thread.ts')).href;

describe("a thread's worker file", () => {
  it('is the one beside its starter in dist/ or the bundle, as a user runs it', () => {
    const root = packageWith({ 'dist/bundle/parse-worker.js': 100, 'dist/parse-thread/parse-worker.js': 200, 'dist/.tsbuildinfo': 200 });
    const starter = pathToFileURL(path.join(root, 'dist', 'bundle', 'studyguide.js')).href;
    expect(compiledWorker(starter, WORKER, root)).toBe(path.join(root, 'dist', 'bundle', 'parse-worker.js'));
  });

  it('from sources, is the bundle when it is as new as the last compile: it loads in half the CPU of dist/', () => {
    const root = packageWith({ 'dist/bundle/parse-worker.js': 300, 'dist/parse-thread/parse-worker.js': 200, 'dist/.tsbuildinfo': 200 });
    expect(compiledWorker(fromSources(root), WORKER, root)).toBe(path.join(root, 'dist', 'bundle', 'parse-worker.js'));
  });

  it('from sources, is dist/ when a compile is newer than the bundle (tsc run alone), or when there is no bundle', () => {
    const stale = packageWith({ 'dist/bundle/parse-worker.js': 100, 'dist/parse-thread/parse-worker.js': 200, 'dist/.tsbuildinfo': 200 });
    expect(compiledWorker(fromSources(stale), WORKER, stale)).toBe(path.join(stale, 'dist', 'parse-thread', 'parse-worker.js'));
    const unbundled = packageWith({ 'dist/parse-thread/parse-worker.js': 200, 'dist/.tsbuildinfo': 200 });
    expect(compiledWorker(fromSources(unbundled), WORKER, unbundled)).toBe(path.join(unbundled, 'dist', 'parse-thread', 'parse-worker.js'));
  });

  it('is none when the sources were never compiled', () => {
    const root = packageWith({ 'src/parse-thread/parse-off-thread.ts': 100 });
    expect(compiledWorker(fromSources(root), WORKER, root)).toBeUndefined();
  });
});
