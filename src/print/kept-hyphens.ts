import type { Page } from 'puppeteer-core';
import { settlePrintFonts } from './settle-fonts.js';
import { inPrintMedia } from './print-media.js';
import { loadFaces } from './loaded-faces.js';

/**
 * The soft hyphens a load that laid the guide's body out took out of its text (wide tables' short
 * words, hyphen runs, words broken at a page's foot: keep-cell-words.ts, limit-hyphen-runs.ts,
 * predict-pages.ts), so that a later load of the same body takes out the same ones without laying
 * it out again to find them.
 */
export interface KeptHyphens {
  /**
   * A hash of each of the body's text nodes holding soft hyphens, as loaded: a later load replays
   * onto the same texts, or onto their first ones alone (a part of the guide that handed its last
   * questions on to the next part keeps the layout of those before).
   */
  texts: number[];
  /** Per text node changed (its index among the body's text nodes holding a soft hyphen), which of its soft hyphens went (their order in it). */
  nodes: [number, number[]][];
}

/** Where the page keeps the body's text nodes holding soft hyphens, as loaded, between the calls below. */
const STORE = '__studyguideHyphenNodes';

/** Notes the loaded body's text holding soft hyphens, before the steps that take some out (keptHyphens reads what they took). */
export async function noteHyphens(page: Page): Promise<void> {
  await page.evaluate((store: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; data: string }[] = [];
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
      if (n.data.includes('\u00ad')) nodes.push({ node: n, data: n.data });
    (window as unknown as Record<string, unknown>)[store] = nodes;
  }, STORE);
}

/**
 * The soft hyphens taken out since noteHyphens; undefined when the text changed otherwise (then
 * nothing is replayed and a later load lays its body out again).
 */
export async function keptHyphens(page: Page): Promise<KeptHyphens | undefined> {
  return page.evaluate((store: string) => {
    const noted = (window as unknown as Record<string, { node: Text; data: string }[] | undefined>)[store];
    delete (window as unknown as Record<string, unknown>)[store];
    if (!noted) return undefined;
    // FNV-1a of each noted text: a later load replays onto the same texts.
    const texts: number[] = [];
    const nodes: [number, number[]][] = [];
    for (let i = 0; i < noted.length; i++) {
      const { node, data } = noted[i];
      let hash = 0x811c9dc5;
      for (let c = 0; c < data.length; c++) hash = Math.imul(hash ^ data.charCodeAt(c), 0x01000193) >>> 0;
      texts.push(hash);
      // A text cut where a shared page ends (cut-text-block.ts) reads on in the node it links to as sgTail.
      let now = node.data;
      for (let t = (node as unknown as { sgTail?: Text }).sgTail; t; t = (t as unknown as { sgTail?: Text }).sgTail) now += t.data;
      if (now === data) continue;
      // Only soft hyphens may have gone: walk both texts side by side.
      const gone: number[] = [];
      let j = 0;
      let shy = 0;
      for (let c = 0; c < data.length; c++) {
        const isShy = data[c] === '\u00ad';
        if (now[j] === data[c]) j++;
        else if (isShy) gone.push(shy);
        else return undefined;
        if (isShy) shy++;
      }
      if (j !== now.length || !node.isConnected) return undefined;
      nodes.push([i, gone]);
    }
    return { texts, nodes };
  }, STORE);
}

/**
 * Takes out of the loaded body the soft hyphens `kept` names, when its texts holding soft hyphens
 * are the ones they were found in, or the first of those (the rest gone); false (nothing
 * changed) otherwise. The faces the print media asks for are loaded first, as the steps replayed
 * would have loaded them: those `faces` name (loaded-faces.ts: the load that laid the body out
 * had them), or else those a layout in the print media asks for.
 */
export async function replayHyphens(page: Page, kept: KeptHyphens, faces?: readonly string[]): Promise<boolean> {
  if (faces) await loadFaces(page, faces);
  else await inPrintMedia(page, () => settlePrintFonts(page));
  return page.evaluate((k: KeptHyphens) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (n.data.includes('\u00ad')) nodes.push(n);
    // The same texts as recorded, or the first of them only, or nothing is replayed.
    if (nodes.length > k.texts.length) return false;
    for (let i = 0; i < nodes.length; i++) {
      const data = nodes[i].data;
      let hash = 0x811c9dc5;
      for (let c = 0; c < data.length; c++) hash = Math.imul(hash ^ data.charCodeAt(c), 0x01000193) >>> 0;
      if (hash !== k.texts[i]) return false;
    }
    for (const [index, gone] of k.nodes) {
      if (index >= nodes.length) break;
      const node = nodes[index];
      const drop = new Set(gone);
      let shy = 0;
      let out = '';
      for (const ch of node.data) {
        if (ch === '\u00ad' && drop.has(shy++)) continue;
        out += ch;
      }
      node.data = out;
    }
    return true;
  }, kept);
}
