import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../src/print/find-browser.js';
import { LAUNCH_ARGS, BrowserSession } from '../src/print/browser-session.js';
import { build, type BuildContext } from '../src/build.js';
import { DiagramDrawer } from '../src/print/draw-diagrams.js';
import type { BuildOptions } from '../src/model/build-options.js';
import type { Diagnostic } from '../src/model/deck.js';
import { defaultOptions } from '../src/model/option-schema.js';
import compileIfStale from './compile-dist.js';
import { PARTS_DECK, PRINT_PART } from './parts-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one browser every printing test connects to. */
    wsEndpoint: string;
    /** An out/ folder holding the bundled decks built with default options and --combine (out/all/). */
    bundledOut: string;
    /** Every warning of that build (file, line, code, message). */
    bundledWarnings: Diagnostic[];
    /** A bundled deck's guide and cards printed in small parts (as huge decks print): test/parts-build.ts. */
    partsOut: string;
    /** The infrastructure deck's guide on Letter paper. */
    letterOut: string;
  }
}

let browser: Browser | undefined;

/** Builds into a new temporary folder in the shared session; fails setup if a deck fails. */
async function buildInto(
  prefix: string,
  context: BuildContext,
  opts: Partial<BuildOptions> & { paths: string[] },
  warnings: Diagnostic[] = [],
): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), prefix));
  const result = await build({ ...defaultOptions(), ...opts, outDir }, (e) => void (e.type === 'warning' && warnings.push(e.diagnostic)), context);
  if (result.failed.length) throw new Error(`shared build ${prefix} failed: ${String(result.failed[0].error)}`);
  return outDir;
}

/**
 * Compiles, starts the shared browser and makes the builds many test files read, once: the
 * bundled content (and all of it combined), a deck in parts, the infrastructure deck on Letter. They run side by side, after the
 * compile (when one is needed), so both cores are busy while nothing else can run yet.
 */
export async function setup(project: TestProject): Promise<void> {
  const compiled = compileIfStale();
  compiled.catch(() => undefined);
  browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...LAUNCH_ARGS, '--no-sandbox'] });
  const wsEndpoint = browser.wsEndpoint();
  const bundledWarnings: Diagnostic[] = [];
  const infra = 'content/infrastructure-engineer.md';
  // One session and one diagram drawer for the three builds: the infrastructure deck's diagram is drawn once.
  const session = new BrowserSession({ browserWSEndpoint: wsEndpoint });
  const context: BuildContext = { session, drawer: new DiagramDrawer(session) };
  // The decks parse here, in place, with the current sources: a parser's thread per build would
  // load the markdown stack three times more (about 1.5 s of CPU each), from dist/. The spawned
  // CLIs of the tests need dist/, which compiles meanwhile.
  const inline = process.env.STUDYGUIDE_PARSE_INLINE_BYTES;
  process.env.STUDYGUIDE_PARSE_INLINE_BYTES = String(64 << 20);
  const builds = Promise.all([
    // --combine adds out/all/ to the same build: the combined guide, cards and cheat sheet are read too.
    buildInto('studyguide-bundled-', context, { paths: ['content'], combine: true }, bundledWarnings),
    buildInto('studyguide-parts-', context, { paths: [PARTS_DECK], outputs: ['guide', 'cards'], printPart: PRINT_PART }),
    buildInto('studyguide-letter-', context, { paths: [infra], outputs: ['guide'], paper: 'letter' }),
  ]).finally(() => {
    if (inline === undefined) delete process.env.STUDYGUIDE_PARSE_INLINE_BYTES;
    else process.env.STUDYGUIDE_PARSE_INLINE_BYTES = inline;
    return session.dispose();
  });
  const [[bundledOut, partsOut, letterOut]] = await Promise.all([builds, compiled]);
  project.provide('wsEndpoint', wsEndpoint);
  project.provide('bundledOut', bundledOut);
  project.provide('bundledWarnings', bundledWarnings);
  project.provide('partsOut', partsOut);
  project.provide('letterOut', letterOut);
}

export async function teardown(): Promise<void> {
  await browser?.close();
}
