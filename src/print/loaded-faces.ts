import type { Page } from 'puppeteer-core';
import { evaluateInPrint } from './print-media.js';

/**
 * The faces a loaded page has loaded, each named by what its @font-face rule declares (family,
 * style, weight, stretch, unicode-range, features). A later load of the same text can load these
 * (loadFaces) instead of laying the whole document out in the print media to find which it needs.
 * Undefined while a face is still loading.
 */
export async function loadedFaces(page: Page): Promise<string[] | undefined> {
  return page.evaluate(facesInPage);
}

/**
 * loadedFaces of a page in the print media (inPrintMedia), read in it whatever cleared it
 * meanwhile (evaluateInPrint): the faces the print layout uses.
 */
export async function loadedPrintFaces(page: Page): Promise<string[] | undefined> {
  return evaluateInPrint(page, facesInPage);
}

/** Runs in the page. */
function facesInPage(): string[] | undefined {
  const read = () => {
    // A face still loading may be one the text needs: undefined, and a later load finds them by laying out.
    if (document.fonts.status !== 'loaded') return undefined;
    const keys = new Set<string>();
    // Iterated, not forEach: with the page's own scripting off, a callback handed to the page is not run.
    for (const f of document.fonts.values())
      if (f.status === 'loaded') keys.add([f.family, f.style, f.weight, f.stretch, f.unicodeRange, f.featureSettings].join('|'));
    return [...keys];
  };
  const keys = read();
  // A switch of media makes the page's faces anew, unloaded until a layout uses them (read just
  // after the media was put back, the list was empty): read again once laid out.
  if (keys?.length !== 0) return keys;
  void document.body.offsetHeight;
  return read();
}

/** Loads the page's faces that `keys` name (loadedFaces), and waits for them; lays nothing out. */
export async function loadFaces(page: Page, keys: readonly string[]): Promise<void> {
  await page.evaluate(async (wanted: string[]) => {
    const set = new Set(wanted);
    const loads: Promise<unknown>[] = [];
    for (const f of document.fonts.values())
      if (f.status !== 'loaded' && set.has([f.family, f.style, f.weight, f.stretch, f.unicodeRange, f.featureSettings].join('|')))
        loads.push(f.load().catch(() => undefined));
    await Promise.all(loads);
    // A face's load settles before the set says so: until `ready`, its status reads "loading" and
    // loadedFaces reads nothing (a print of this load, or a look at its faces, came too early).
    await document.fonts.ready;
  }, keys as string[]);
}
