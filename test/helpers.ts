import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject } from 'vitest';
import { build } from '../src/build.js';
import { type BuildEvent, type BuildOptions, type BuildResult } from '../src/model/build-options.js';
import type { Diagnostic } from '../src/model/deck.js';
import { defaultOptions } from '../src/model/option-schema.js';
import { BrowserSession } from '../src/print/browser-session.js';
import { pdfToolOutput } from './pdf-tool-output.js';
import { untypeset } from './untypeset.js';
import { sharedBuildsRecord } from './shared-builds.js';
import { tempDir } from './temp-dir.js';

/** A shared build's folder, once this test file has waited for the builds (test/shared-builds.ts). */
function sharedFolder(name: 'bundledOut' | 'partsOut' | 'letterOut'): string {
  sharedBuildsRecord(`${name}()`);
  return inject(name);
}

/** The bundled decks built once with default options and --combine (see global-setup.ts). */
export const bundledOut = (): string => sharedFolder('bundledOut');

/** A bundled deck's guide and cards printed in small parts (test/parts-build.ts). */
export const partsOut = (): string => sharedFolder('partsOut');

/** The infrastructure deck's guide on Letter paper, and its booklet on Letter sheets (see global-setup.ts). */
export const letterOut = (): string => sharedFolder('letterOut');

/** The warnings the bundled build emitted. */
export const bundledWarnings = (): Diagnostic[] => sharedBuildsRecord('bundledWarnings()').bundledWarnings ?? [];

/**
 * Environment for a spawned CLI that prints with the shared browser instead of starting its own
 * (a Chromium start saved); tests of launching, the watchdog or the browser's end go without it.
 */
export const sharedBrowserEnv = (): Record<string, string> => ({ STUDYGUIDE_BROWSER_WS_ENDPOINT: inject('wsEndpoint') });

// Removed when the test file ends (test/temp-dir.ts); kept here too, where most tests import it from.
export { tempDir } from './temp-dir.js';

/**
 * One session on the shared browser for every buildWith() of this worker: a guide print leaves
 * its page for the next one, as between the decks of one build, instead of each build connecting
 * and starting renderers anew. Never disposed: the browser closes at the end of the run.
 */
let workerSession: BrowserSession | undefined;

/** Builds in-process with the shared browser; returns the result and every event. */
export async function buildWith(opts: Partial<BuildOptions> & { paths: string[]; outDir: string }): Promise<{ result: BuildResult; events: BuildEvent[] }> {
  const events: BuildEvent[] = [];
  workerSession ??= new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const result = await build({ ...defaultOptions(), ...opts }, (e) => events.push(e), { session: workerSession });
  return { result, events };
}

/** Writes `markdown` as `<slug>.md` in a new folder, builds those outputs (none may fail) and returns the deck's output folder. */
export async function buildDeckText(slug: string, markdown: string, outputs: string[]): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, `${slug}.md`), markdown);
  const { result } = await buildWith({ paths: [path.join(dir, `${slug}.md`)], outDir: path.join(dir, 'out'), outputs });
  expect(result.failed).toEqual([]);
  return path.join(dir, 'out', slug);
}

/**
 * A session for builds that print nothing (CSV, replays from the cache): were it ever asked for a
 * page, launching a browser that does not exist fails the test loudly.
 */
export const unusedSession = (): BrowserSession => new BrowserSession({ browserPath: '/nonexistent/no-browser-expected' });

/** Text of each page of a PDF (pdftotext, pages split on form feeds). */
export function pdfPages(file: string, layout = false): string[] {
  const text = pdfToolOutput('pdftotext', layout ? ['-layout'] : [], file, ['-']);
  // Read as written: the build takes its soft hyphens out of the text layer (print/soft-hyphen-text.ts).
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** Whole PDF text with whitespace collapsed (for "is this question in it" checks). */
export function pdfText(file: string): string {
  return pdfPages(file).join('\n').replace(/\s+/g, ' ');
}

/** pdfinfo's fields (Pages, Title, Tagged, Page size, …); `-f 1 -l N` adds per-page sizes. */
export function pdfInfo(file: string, allPages = false): Record<string, string> {
  const out = pdfToolOutput('pdfinfo', allPages ? ['-f', '1', '-l', '99999'] : [], file);
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1].trim()] = m[2].trim();
  }
  return info;
}

/** Page sizes in points, one per page. */
export function pageSizes(file: string): { width: number; height: number }[] {
  const out = pdfToolOutput('pdfinfo', ['-f', '1', '-l', '99999'], file);
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Collapses whitespace and reads typographic quotes as typed, so text compares with what a PDF extracts. */
export const squash = (text: string): string => untypeset(text).replace(/\s+/g, ' ').trim();

export const read = (file: string): Promise<string> => readFile(file, 'utf8');
