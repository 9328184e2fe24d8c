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
}

/** Longer than the shared builds take on the busiest machine: past it, they are taken to hang. */
const WAIT_MS = 600_000;

/** The record of the shared builds, once written; throws when a build failed. */
export function sharedBuildsRecord(): SharedBuildsRecord {
  const content = JSON.parse(readFileSync(inject('sharedBuildsRecord'), 'utf8')) as SharedBuildsRecord;
  if (content.error !== undefined) throw new Error(`a shared build of the e2e setup failed: ${content.error}`);
  return content;
}

/**
 * The e2e global setup returns once the browser is up and makes its shared builds meanwhile, so
 * the unit files run beside them: each e2e file waits here (test/wait-for-shared-builds.ts) until
 * they are done, and fails with their error when one failed. The helpers that name their folders
 * (bundledOut() and the others in test/helpers.ts) then stay plain functions.
 */
export async function sharedBuildsDone(): Promise<SharedBuildsRecord> {
  const record = inject('sharedBuildsRecord');
  for (const start = Date.now(); !existsSync(record); await sleep(100))
    if (Date.now() - start > WAIT_MS) throw new Error(`the shared builds of the e2e setup wrote no record in ${WAIT_MS / 1000} s (${record})`);
  return sharedBuildsRecord();
}
