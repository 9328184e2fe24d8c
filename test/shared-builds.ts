import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { Diagnostic } from '../src/model/deck.js';

/** What the e2e global setup writes when its shared builds end (test/global-setup.ts). */
export interface SharedBuildsRecord {
  /** Every warning of the bundled build (file, line, code, message). */
  bundledWarnings?: Diagnostic[];
  /** Why a shared build failed. */
  error?: string;
  /** Why none were made: no file of the run said it reads them (test/shared-builds-wanted.ts). */
  skipped?: string;
}

/** Longer than the shared builds take on the busiest machine: past it, they are taken to hang. */
export const SHARED_BUILDS_WAIT_MS = 600_000;

/** The record, once this test file has waited for it (reset before each file: test/forget-shared-builds.ts). */
let waited: SharedBuildsRecord | undefined;

/**
 * Waits until the e2e global setup's shared builds are done; fails with their error when one
 * failed. The global setup returns once the browser is up and builds meanwhile, so the files that
 * read none of the builds start at once: a file that reads them calls this first, in a
 * `beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS)`. test/slow-first.ts starts such files after the
 * slow ones that do not (it looks for this call).
 */
export async function sharedBuilds(): Promise<void> {
  const record = inject('sharedBuildsRecord');
  for (const start = Date.now(); !existsSync(record); await sleep(100))
    if (Date.now() - start > SHARED_BUILDS_WAIT_MS)
      throw new Error(`the shared builds of the e2e setup wrote no record in ${SHARED_BUILDS_WAIT_MS / 1000} s (${record})`);
  const content = JSON.parse(readFileSync(record, 'utf8')) as SharedBuildsRecord;
  if (content.error !== undefined) throw new Error(`a shared build of the e2e setup failed: ${content.error}`);
  if (content.skipped !== undefined) throw new Error(`the shared builds were not made: ${content.skipped}`);
  waited = content;
}

/** Called before each test file: the next file must wait for the builds itself. */
export function forgetSharedBuilds(): void {
  waited = undefined;
}

/**
 * The record of the shared builds. Throws in a file that has not awaited sharedBuilds(), even
 * when the builds happen to be done: read early, a folder may be half written, and whether it is
 * would depend on the order files ran in.
 */
export function sharedBuildsRecord(reading: string): SharedBuildsRecord {
  if (!waited)
    throw new Error(
      `${reading} read before the shared builds were waited for: add \`beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS)\` to the test file (test/shared-builds.ts), or \`await sharedBuilds()\` before reading`,
    );
  return waited;
}
