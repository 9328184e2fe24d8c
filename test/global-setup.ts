import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../src/print/find-browser.js';
import { LAUNCH_ARGS, BrowserSession } from '../src/print/browser-session.js';
import { build, type BuildContext } from '../src/build.js';
import { DiagramDrawer } from '../src/print/draw-diagrams.js';
import { parseLimits as readParseLimits, type ParseLimits } from '../src/parse-thread/parse-off-thread.js';
import type { BuildOptions } from '../src/model/build-options.js';
import type { Diagnostic } from '../src/model/deck.js';
import { defaultOptions } from '../src/model/option-schema.js';
import compileIfStale from './compile-dist.js';
import { removeTempDirs, tempDir } from './temp-dir.js';
import { PARTS_DECK, PRINT_PART } from './parts-build.js';
import type { SharedBuildsRecord } from './shared-builds.js';
import { offerSharedBuilds, sharedBuildsStarter, type SharedBuildsStarter } from './shared-builds-wanted.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one browser every printing test connects to. */
    wsEndpoint: string;
    /** An out/ folder holding the bundled decks built with default options and --combine (out/all/). */
    bundledOut: string;
    /** The record the shared builds write when they end (test/shared-builds.ts waits for it). */
    sharedBuildsRecord: string;
    /** A bundled deck's guide and cards printed in small parts (as huge decks print): test/parts-build.ts. */
    partsOut: string;
    /** The infrastructure deck's guide on Letter paper, and its booklet on Letter sheets. */
    letterOut: string;
  }
}

let browser: Browser | undefined;
/** Makes the shared builds when the run wants them; the teardown waits for what it started before closing the browser. */
let builds: SharedBuildsStarter | undefined;

/** Builds into `outDir` in the shared session; fails if a deck fails. */
async function buildInto(outDir: string, context: BuildContext, opts: Partial<BuildOptions> & { paths: string[] }, warnings: Diagnostic[] = []): Promise<void> {
  const result = await build({ ...defaultOptions(), ...opts, outDir }, (e) => void (e.type === 'warning' && warnings.push(e.diagnostic)), context);
  if (result.failed.length) throw new Error(`shared build of ${opts.paths.join(', ')} failed: ${String(result.failed[0].error)}`);
}

/**
 * Compiles, starts the shared browser and offers the builds many test files read, made once: the
 * bundled content (and all of it combined), a deck in parts, the infrastructure deck on Letter
 * (guide and booklet). They start when the run's order is known and a file of it waits for them
 * (test/shared-builds-wanted.ts); a run with none of those makes none.
 * Setup returns once the browser is up: the builds go on here, side by side, while the unit
 * files run (test/slow-first.ts starts them first), and each e2e file waits for their record
 * (test/shared-builds.ts). Waited for here, they kept both workers idle for their 20 s and more.
 */
export async function setup(project: TestProject): Promise<void> {
  const compiled = compileIfStale();
  compiled.catch(() => undefined);
  browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...LAUNCH_ARGS, '--no-sandbox'] });
  const wsEndpoint = browser.wsEndpoint();
  const [bundledOut, partsOut, letterOut, recordDir] = await Promise.all(
    ['studyguide-bundled-', 'studyguide-parts-', 'studyguide-letter-', 'studyguide-shared-'].map((prefix) => tempDir(prefix)),
  );
  const record = path.join(recordDir, 'record.json');
  const bundledWarnings: Diagnostic[] = [];
  const infra = 'content/infrastructure-engineer.md';
  const makeBuilds = async () => {
    // One session and one diagram drawer for the three builds: the infrastructure deck's diagram is drawn once.
    const session = new BrowserSession({ browserWSEndpoint: wsEndpoint });
    // The decks parse here, in place, with the current sources: a parser's thread per build would
    // load the markdown stack three times more (about 1.5 s of CPU each), from dist/. Set in the
    // build's context, not in this process's environment: the test workers start during the builds
    // and would inherit it (the CLIs of test/e2e/faults/parse-limits.test.ts then parsed in place,
    // with no memory limit).
    const parseLimits: ParseLimits = { ...readParseLimits(), inlineBytes: 64 << 20 };
    const context: BuildContext = { session, drawer: new DiagramDrawer(session), parseLimits };
    await Promise.all([
      // --combine adds out/all/ to the same build: the combined guide, cards and cheat sheet are read too.
      buildInto(bundledOut, context, { paths: ['content'], combine: true }, bundledWarnings),
      buildInto(partsOut, context, { paths: [PARTS_DECK], outputs: ['guide', 'cards'], printPart: PRINT_PART }),
      // With its booklet: box-at-foot.test.ts reads it (a booklet build prints the guide on the paper too).
      buildInto(letterOut, context, { paths: [infra], outputs: ['guide'], paper: 'letter', booklet: true }),
    ]).finally(() => session.dispose());
  };
  // A failed build is written down for every e2e file to report (test/shared-builds.ts); written
  // whole, then renamed into place, so a waiting file never reads half of it.
  const writeRecord = async (content: SharedBuildsRecord) => {
    await writeFile(`${record}.part`, JSON.stringify(content));
    await rename(`${record}.part`, record);
  };
  const skipped = `no file of this run calls sharedBuilds() in its own source (test/slow-first.ts looks for the name there), so the e2e setup made none — call it in the test file that reads them`;
  builds = sharedBuildsStarter(
    async () => {
      // A run that wanted none (watch mode) wrote so: a file of this one must wait for the builds.
      await rm(record, { force: true });
      await makeBuilds().then(
        () => writeRecord({ bundledWarnings }),
        (error: unknown) => writeRecord({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
    },
    () => writeRecord({ skipped }),
  );
  offerSharedBuilds(builds);
  await compiled;
  project.provide('wsEndpoint', wsEndpoint);
  project.provide('bundledOut', bundledOut);
  project.provide('partsOut', partsOut);
  project.provide('letterOut', letterOut);
  project.provide('sharedBuildsRecord', record);
}

export async function teardown(): Promise<void> {
  // The shared builds, when they were made, end before the browser closes.
  await builds?.done();
  offerSharedBuilds(undefined);
  await browser?.close();
  // The shared builds' folders: the run's last reader is done with them.
  await removeTempDirs();
}
