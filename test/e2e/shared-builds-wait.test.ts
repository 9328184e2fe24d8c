import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledOut, bundledWarnings, letterOut, partsOut } from '../helpers.js';
import { sharedBuilds, SHARED_BUILDS_WAIT_MS } from '../shared-builds.js';

// Only the files that read the shared builds wait for them (the others start at once): one that
// forgot to wait must fail at once, every run, instead of reading a folder still being written.
describe('the shared builds of the e2e setup', () => {
  it('are refused to a file that has not waited for them', () => {
    for (const read of [bundledOut, partsOut, letterOut, bundledWarnings]) expect(read).toThrow(/await sharedBuilds\(\)/);
  });

  it(
    'are whole once the file has waited for them',
    async () => {
      await sharedBuilds();
      expect(existsSync(path.join(bundledOut(), 'index.html'))).toBe(true);
      expect(existsSync(path.join(letterOut(), 'infrastructure-engineer', 'guide-booklet.pdf'))).toBe(true);
      expect(existsSync(partsOut())).toBe(true);
      expect(Array.isArray(bundledWarnings())).toBe(true);
    },
    SHARED_BUILDS_WAIT_MS,
  );
});
