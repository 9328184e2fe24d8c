import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { inPrintMedia } from '../../src/print/print-media.js';

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
