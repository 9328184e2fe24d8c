import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../src/print/find-browser.js';
import { LAUNCH_ARGS, BrowserSession } from '../src/print/browser-session.js';
import { build } from '../src/build.js';
import type { BuildOptions } from '../src/model/build-options.js';
import type { Diagnostic } from '../src/model/deck.js';
import { defaultOptions } from '../src/model/option-schema.js';
import compileIfStale from './compile-dist.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one browser every printing test connects to. */
    wsEndpoint: string;
    /** An out/ folder holding the bundled decks built with default options and --combine (out/all/). */
    bundledOut: string;
    /** Every warning of that build (file, line, code, message). */
    bundledWarnings: Diagnostic[];
    /** The infrastructure deck's guide and cards printed in parts of 5 questions (as huge decks print). */
    partsOut: string;
    /** The infrastructure deck's guide on Letter paper. */
    letterOut: string;
  }
}

let browser: Browser | undefined;

/** Builds into a new temporary folder with the shared browser; fails setup if a deck fails. */
async function buildInto(prefix: string, wsEndpoint: string, opts: Partial<BuildOptions> & { paths: string[] }, warnings: Diagnostic[] = []): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), prefix));
  const session = new BrowserSession({ browserWSEndpoint: wsEndpoint });
  try {
    const result = await build({ ...defaultOptions(), ...opts, outDir }, (e) => void (e.type === 'warning' && warnings.push(e.diagnostic)), { session });
    if (result.failed.length) throw new Error(`shared build ${prefix} failed: ${String(result.failed[0].error)}`);
    return outDir;
  } finally {
    await session.dispose();
  }
}

/**
 * Compiles, starts the shared browser and makes the builds many test files read, once: the
 * bundled content (and all of it combined), the infrastructure deck in parts and on Letter. They run side by side, after the
 * compile (when one is needed), so both cores are busy while nothing else can run yet.
 */
export async function setup(project: TestProject): Promise<void> {
  const compiled = compileIfStale();
  compiled.catch(() => undefined);
  browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...LAUNCH_ARGS, '--no-sandbox'] });
  // The builds parse on the parser's thread, which runs dist/'s parser: compiled first, or an
  // edited parser would be tested stale (the browser starts meanwhile).
  await compiled;
  const wsEndpoint = browser.wsEndpoint();
  const bundledWarnings: Diagnostic[] = [];
  const infra = 'content/infrastructure-engineer.md';
  const [bundledOut, partsOut, letterOut] = await Promise.all([
    // --combine adds out/all/ to the same build: the combined guide, cards and cheat sheet are read too.
    buildInto('studyguide-bundled-', wsEndpoint, { paths: ['content'], combine: true }, bundledWarnings),
    buildInto('studyguide-parts-', wsEndpoint, { paths: [infra], outputs: ['guide', 'cards'], printPart: 5 }),
    buildInto('studyguide-letter-', wsEndpoint, { paths: [infra], outputs: ['guide'], paper: 'letter' }),
  ]);
  project.provide('wsEndpoint', wsEndpoint);
  project.provide('bundledOut', bundledOut);
  project.provide('bundledWarnings', bundledWarnings);
  project.provide('partsOut', partsOut);
  project.provide('letterOut', letterOut);
}

export async function teardown(): Promise<void> {
  await browser?.close();
}
