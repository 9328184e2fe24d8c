import path from 'node:path';
import { looseDeckText } from './deck-encoding.js';
import { deckLimits, isInside, readInputSync } from './read-input.js';

// The files beside a deck that its outputs are made from: the cache keys on them, the watch renders
// the deck again when one is saved.

/**
 * Relative targets of every way a deck can name a file: `](x.png)`, `](<my pic.png>)`,
 * reference definitions (`[ref]: x.png`, `[ref]: <my pic.png>`) and HTML `src="x.png"`. Naming
 * more than it uses only hashes an extra file; naming less would miss a changed image.
 */
export function localLinks(markdown: string): string[] {
  const refs = new Set<string>();
  const patterns = [
    /\]\(\s*<([^>\n]+)>/g,
    /\]\(\s*([^)\s<>]+)/g,
    /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<([^>\n]+)>/gm,
    /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*([^\s<>]+)/gm,
    /\bsrc\s*=\s*["']([^"'\n]+)["']/gi,
  ];
  for (const pattern of patterns) {
    for (const m of markdown.matchAll(pattern)) {
      const ref = m[1].replace(/[?#].*$/, '');
      if (ref && !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('/')) refs.add(decodeUriSafe(ref));
    }
  }
  return [...refs].sort();
}

/** A percent-escaped path read back, or as written when its escapes are broken (`50%.md`). */
export function decodeUriSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The markdown files inside its folder a deck links (absolute paths): answers kept in files of
 * their own (layouts/linked-answer-files.ts). None when the deck cannot be read safely. `bytes`:
 * the deck's, when the caller has read it already.
 */
export function linkedMarkdownFiles(deck: string, bytes?: Uint8Array): string[] {
  const folder = path.dirname(path.resolve(deck));
  let text: string;
  try {
    text = looseDeckText(bytes ?? readInputSync(deck, deckLimits(deck)));
  } catch {
    return [];
  }
  return localLinks(text)
    .filter((ref) => /\.md$/i.test(ref))
    .map((ref) => path.resolve(folder, ref))
    .filter((file) => isInside(file, folder));
}
