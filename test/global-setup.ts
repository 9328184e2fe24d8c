import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../src/print/find-browser.js';
import { LAUNCH_ARGS, BrowserSession } from '../src/print/browser-session.js';
import { build } from '../src/build.js';
import type { Diagnostic } from '../src/model/deck.js';
import { defaultOptions } from '../src/model/option-schema.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one browser every printing test connects to. */
    wsEndpoint: string;
    /** An out/ folder holding the bundled decks built with default options. */
    bundledOut: string;
    /** Every warning of that build (file, line, code, message). */
    bundledWarnings: Diagnostic[];
    /** The infrastructure deck's guide and cards printed in parts of 5 questions (as huge decks print). */
    partsOut: string;
  }
}

let browser: Browser | undefined;

/** Compiles src/ into dist/ so tests that spawn bin/studyguide.js run the current source. */
function compile(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { stdio: 'inherit' });
}

/** Compiles, starts the shared browser and builds the bundled content once for all tests (and once in parts). */
export async function setup(project: TestProject): Promise<void> {
  compile();
  browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...LAUNCH_ARGS, '--no-sandbox'] });
  const wsEndpoint = browser.wsEndpoint();
  const bundledOut = await mkdtemp(path.join(tmpdir(), 'studyguide-bundled-'));
  const session = new BrowserSession({ browserWSEndpoint: wsEndpoint });
  const bundledWarnings: Diagnostic[] = [];
  const result = await build(
    { ...defaultOptions(), paths: ['content'], outDir: bundledOut },
    (e) => void (e.type === 'warning' && bundledWarnings.push(e.diagnostic)),
    { session },
  );
  const partsOut = await mkdtemp(path.join(tmpdir(), 'studyguide-parts-'));
  const parts = await build(
    { ...defaultOptions(), paths: ['content/infrastructure-engineer.md'], outDir: partsOut, outputs: ['guide', 'cards'], printPart: 5 },
    () => {},
    { session },
  );
  await session.dispose();
  for (const r of [result, parts]) if (r.failed.length) throw new Error(`bundled build failed: ${String(r.failed[0].error)}`);
  project.provide('wsEndpoint', wsEndpoint);
  project.provide('bundledOut', bundledOut);
  project.provide('bundledWarnings', bundledWarnings);
  project.provide('partsOut', partsOut);
}

export async function teardown(): Promise<void> {
  await browser?.close();
}
