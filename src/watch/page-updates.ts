import { pageVersion, servePage } from './live-client.js';
import type { LiveReloadHub } from './live-reload.js';
import { diffPages, prepareDiff } from './page-patch.js';
import { PREVIEW_PAGES, type DeckPreview } from './preview-render.js';

/**
 * Tells open pages of one deck what changed between the pages served until now and the new
 * ones: a `patch` event per page that can change in place (its elements replaced, the error
 * banner shown or cleared). Returns those pages as `slug/page.html`, for the `reload` or `built`
 * event that follows to leave them alone; any other page of the deck reloads.
 */
export function sendPatches(hub: LiveReloadHub, slug: string, before: DeckPreview['pages'], after: DeckPreview['pages'], banner?: string): string[] {
  const patched: string[] = [];
  for (const page of PREVIEW_PAGES) {
    // A page nobody has open is not compared (one opened later loads the new version), nor read:
    // a preview renders such a page only when it is first read (preview-render.ts).
    if (!hub.shows(`${slug}/${page}`)) continue;
    const [old, now] = [before?.[page], after?.[page]];
    if (!old || !now) continue;
    const [from, to] = [servePage(old), servePage(now)];
    const patch = diffPages(from, to);
    if (!patch) continue;
    hub.send({ type: 'patch', deck: slug, page, from: pageVersion(from), to: pageVersion(to), banner: banner ?? null, ...patch });
    patched.push(`${slug}/${page}`);
    prepareDiff(to);
  }
  return patched;
}
