import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { StudyguideError } from '../../../src/errors.js';

describe('browser session', () => {
  it('stops a print step that hangs with an environment error (exit 2) that says so', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint'), stepTimeoutMs: 3000 });
    try {
      const hung = session.withPage(() => new Promise<never>(() => {}), 'printing guide.pdf');
      await expect(hung).rejects.toThrow(StudyguideError);
      const err = await hung.catch((e: StudyguideError) => e);
      expect(err.exitCode).toBe(2);
      expect(err.format()).toBe('printing guide.pdf took longer than 3 s and was stopped — the deck may be too large for one PDF; split it into smaller decks');
      // The session is still usable afterwards.
      expect(await session.withPage(async (page) => page.evaluate(() => 1 + 1))).toBe(2);
    } finally {
      await session.dispose();
    }
  });

  it('reports a browser that cannot start in time as exit 2 with what to do', async () => {
    const session = new BrowserSession({ launchTimeoutMs: 1 });
    try {
      const err = await session.withPage(async () => 'never').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StudyguideError);
      expect((err as StudyguideError).exitCode).toBe(2);
      expect((err as StudyguideError).format()).toMatch(/^could not start the browser at .+: .*[Tt]imed out.* — check that it runs/);
    } finally {
      await session.dispose();
    }
  });
});
