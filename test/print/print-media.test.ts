import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { evaluateInPrint, inPrintMedia } from '../../src/print/print-media.js';
import { StudyguideError } from '../../src/errors.js';

/** A page that records the media it is switched to. */
function recordingPage(): { page: Page; switches: (string | undefined)[] } {
  const switches: (string | undefined)[] = [];
  const page = { emulateMediaType: async (type?: string) => void switches.push(type) } as unknown as Page;
  return { page, switches };
}

describe('inPrintMedia', () => {
  it('switches a page to print and back once, however deep the steps inside nest', async () => {
    const { page, switches } = recordingPage();
    const result = await inPrintMedia(page, async () => {
      await inPrintMedia(page, async () => {
        await inPrintMedia(page, async () => undefined);
      });
      await inPrintMedia(page, async () => undefined);
      return 7;
    });
    expect(result).toBe(7);
    expect(switches).toEqual(['print', undefined]);
  });

  it('puts the screen media back when a step fails, and switches again for the next call', async () => {
    const { page, switches } = recordingPage();
    await expect(
      inPrintMedia(page, () =>
        inPrintMedia(page, async () => {
          throw new Error('renderer gone');
        }),
      ),
    ).rejects.toThrow('renderer gone');
    await inPrintMedia(page, async () => undefined);
    expect(switches).toEqual(['print', undefined, 'print', undefined]);
  });

  it('keeps pages apart: one page in print does not hold another there', async () => {
    const a = recordingPage();
    const b = recordingPage();
    await inPrintMedia(a.page, () => inPrintMedia(b.page, async () => undefined));
    expect(a.switches).toEqual(['print', undefined]);
    expect(b.switches).toEqual(['print', undefined]);
  });
});

/**
 * A page whose media another client clears: `clearings` times, right after each switch to print.
 * Its evaluate runs the step's source here, where matchMedia answers for the page's media. Each
 * switch makes its faces anew: they load over `faceTasks` waits on document.fonts.ready after it,
 * and `runs` records the fonts' status each step ran with.
 */
function clearedPage(clearings: number, faceTasks = 0): { page: Page; switches: (string | undefined)[]; runs: [number, string][] } {
  const switches: (string | undefined)[] = [];
  const runs: [number, string][] = [];
  let media = 'screen';
  let left = clearings;
  let loading = 0;
  const fonts = {
    get status() {
      return loading > 0 ? 'loading' : 'loaded';
    },
    get ready() {
      return Promise.resolve().then(() => void (loading = Math.max(0, loading - 1)));
    },
  };
  const page = {
    emulateMediaType: async (type?: string) => {
      switches.push(type);
      media = type ?? 'screen';
      loading = faceTasks;
      if (media === 'print' && left > 0) {
        left--;
        media = 'screen';
      }
    },
    evaluate: async (source: string) => {
      const global = globalThis as { matchMedia?: unknown; runs?: unknown; document?: unknown };
      global.matchMedia = (query: string) => ({ matches: query === media });
      global.runs = (n: number) => runs.push([n, fonts.status]);
      global.document = { documentElement: { getBoundingClientRect: () => ({}) }, fonts };
      try {
        return (await (0, eval)(source)) as unknown;
      } finally {
        delete global.matchMedia;
        delete global.runs;
        delete global.document;
      }
    },
  } as unknown as Page;
  return { page, switches, runs };
}

describe('evaluateInPrint', () => {
  it('runs a step only in the print media: switched out of it from outside, the page is switched back and the step run then', async () => {
    const { page, switches, runs } = clearedPage(2);
    const step = (a: number, b: number) => ((globalThis as unknown as { runs: (n: number) => void }).runs(a), a * b);
    expect(await evaluateInPrint(page, step, 6, 7)).toBe(42);
    expect(runs).toEqual([[6, 'loaded']]);
    expect(switches).toEqual(['print', 'print', 'print', undefined]);
  });

  it('runs a step switched back to the print media only once the faces that switch made anew have loaded', async () => {
    const { page, runs } = clearedPage(1, 3);
    const step = (n: number) => ((globalThis as unknown as { runs: (n: number) => void }).runs(n), n);
    expect(await evaluateInPrint(page, step, 5)).toBe(5);
    expect(runs).toEqual([[5, 'loaded']]);
  });

  it('gives up with an environment error when the page keeps being taken out of the print media', async () => {
    const { page, runs } = clearedPage(100);
    const err = await evaluateInPrint(page, () => (globalThis as unknown as { runs: (n: number) => void }).runs(1)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StudyguideError);
    expect((err as StudyguideError).exitCode).toBe(2);
    expect((err as StudyguideError).format()).toMatch(/taken out of the print media 6 times by another DevTools client — close other tools/);
    expect(runs).toEqual([]);
  });
});
