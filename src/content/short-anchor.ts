import { createHash } from 'node:crypto';

/**
 * Longest anchor, as its link writes it (percent-encoded UTF-8). Chromium turns every linked
 * element id into a PDF named destination spelled that way, and a PDF name longer than 127 bytes
 * is past what readers must accept (poppler warns and drops it): a long Chinese question (nine
 * bytes a character) lost its contents link and bookmark target.
 */
const MAX_BYTES = 120;

/**
 * `id` as it is when short enough; else cut at a character boundary and told apart by a hash of
 * the whole id, so anchors stay unique and stable (the same text always gives the same anchor).
 */
export function shortAnchor(id: string): string {
  const size = (s: string) => encodeURIComponent(s).length;
  if (size(id) <= MAX_BYTES) return id;
  const hash = createHash('sha1').update(id).digest('hex').slice(0, 8);
  let cut = '';
  for (const ch of id) {
    if (size(cut + ch) > MAX_BYTES - hash.length - 1) break;
    cut += ch;
  }
  return `${cut.replace(/-+$/, '')}-${hash}`;
}
