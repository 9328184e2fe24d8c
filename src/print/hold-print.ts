import { existsSync, writeFileSync } from 'node:fs';

/**
 * STUDYGUIDE_HOLD_PRINT=<file>, for tests: the build's first print writes <file> (naming no one
 * else may: the file is made exclusively, so one print of the run holds, whichever thread) and
 * waits until <file>.go exists before asking its page for the PDF. A test can so harm the page's
 * renderer at a moment it knows the print needs it (test/e2e/browser-watchdog.test.ts) instead of
 * guessing from CPU use which renderer is still wanted.
 */
export async function holdPrintForTests(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = env.STUDYGUIDE_HOLD_PRINT;
  if (!file) return;
  try {
    writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
  } catch {
    return; // held once already (or the folder is gone): print at once
  }
  while (!existsSync(`${file}.go`)) await new Promise((resolve) => setTimeout(resolve, 20));
}
