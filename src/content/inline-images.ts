import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from './visit-tree.js';
import type { RenderContext } from '../model/render-context.js';
import { labelsFor } from '../model/labels.js';
import { tooManyCopies } from './svg-copies.js';
import { InputRefused, isInside, MAX_IMAGE_BYTES, readInputSync } from './read-input.js';
import { dataUrlImage, whyUndrawable } from './image-decodes.js';
import { tooManyPixels } from './image-pixels.js';
import { excerpt } from '../model/excerpt.js';
import { PICTURE_NAMES } from './svg-pictures.js';

/** All images of one deck together: beyond this the HTML and the printing page get unwieldy. */
export const MAX_DECK_IMAGE_BYTES = 32 * 1024 * 1024;

/** Image types we inline, found from the file's first bytes (SVG from its text; a DOCTYPE's [subset] may hold > of its own, as Illustrator's does). */
const SIGNATURES: { mime: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', test: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
  { mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mime: 'image/svg+xml', test: (b) => /^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg(?:[^>[]|\[[\s\S]*?\])*>\s*)?<svg[\s>]/i.test(b.subarray(0, 4096).toString('utf8')) },
];

/** data: images a deck may write itself: pictures only, never documents or scripts. */
const SAFE_DATA_URL = /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i;

type Verdict = { src: string } | { drop: string; hint: string };

/**
 * rehype plugin, run before sanitizing: every image becomes a data: URL or is replaced by its
 * alt text. Only files inside the deck's folder are read (symlinks resolved first), so the
 * printed page needs no file or network access and a shared deck cannot pull in other files.
 * Dropped images are reported as warnings at the image's line.
 */
export function inlineImages() {
  const cache = new Map<string, Verdict>();
  let total = 0;
  const judgeWithinBudget = (url: string, baseDir: string | undefined): Verdict => {
    const verdict = judge(url, baseDir);
    // data: URLs written in the deck already count towards the deck's own size limit.
    if (!('src' in verdict) || url.startsWith('data:')) return verdict;
    total += verdict.src.length;
    if (total <= MAX_DECK_IMAGE_BYTES) return verdict;
    total -= verdict.src.length;
    return { drop: `the deck's images add up to more than ${MAX_DECK_IMAGE_BYTES / 1048576} MB`, hint: 'shrink the images or split the deck' };
  };
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const context = file.data.studyguide as RenderContext | undefined;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const url = String(node.properties.src ?? '').trim();
      const key = `${context?.baseDir ?? ''}\0${url}`;
      let verdict = cache.get(key);
      if (!verdict) cache.set(key, (verdict = judgeWithinBudget(url, context?.baseDir)));
      if ('src' in verdict) {
        node.properties.src = verdict.src;
        // The picture's name as the deck wrote it, for what svg-pictures.ts reports about its markup.
        const names = (file.data[PICTURE_NAMES] ??= new Map<string, string>()) as Map<string, string>;
        names.set(verdict.src, url.startsWith('data:') ? 'data: URL' : url);
        return;
      }
      const alt = String(node.properties.alt ?? '').trim();
      // The page says a picture stood here (a card whose answer is a picture would read as its caption alone).
      const said = `[${labelsFor(context?.lang ?? 'en').pictureLeftOut}${alt ? `: ${alt}` : ''}]`;
      const replacement: ElementContent = { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: said }] };
      parent.children.splice(index, 1, replacement);
      if (context) report(context, node.position?.start.line ?? context.line, url, verdict, alt);
      return [SKIP, index + 1];
    });
  };
}

function report(context: RenderContext, line: number, url: string, verdict: { drop: string; hint: string }, alt: string): void {
  const shown = excerpt(url, 80);
  const message =
    verdict.drop === REMOTE
      ? `image "${shown}" left out: studyguide never fetches from the network; ${alt ? `its description "${alt}"` : 'a note that it was not printed'} is printed in its place — download it next to the deck and link it as ./${remoteName(url)}`
      : `image "${shown}" left out: ${verdict.drop} — ${verdict.hint}`;
  // A card answer is rendered twice (card and full answer); report each image once.
  if (context.diagnostics.some((d) => d.line === line && d.message === message)) return;
  context.diagnostics.push({ file: context.file, line, severity: 'warning', code: 'image-blocked', message });
}

/** An image whose bytes the browser would not draw: it would print as nothing, so its alt text stands in. */
function undrawable(problem: string): Verdict {
  return { drop: `it is not an image this browser can draw (${problem})`, hint: 're-export it as PNG, JPEG or SVG' };
}

/** Why these bytes are left out (too many pixels, or not drawable), or undefined when they print. */
function drawable(bytes: Buffer, mime: string): Verdict | undefined {
  // Before the decode checks, which inflate a PNG's pixels in memory.
  const huge = tooManyPixels(bytes, mime);
  if (huge) return { drop: huge, hint: 'scale it down: 3,000 pixels across print sharp on a full page' };
  const problem = whyUndrawable(bytes, mime);
  if (problem) return undrawable(problem);
  const copies = mime === 'image/svg+xml' ? tooManyCopies(bytes.toString('utf8')) : undefined;
  return copies ? { drop: copies, hint: 'draw the repeated shapes fewer times, or export the picture as PNG' } : undefined;
}

const NEXT_TO_DECK = 'put the image in the deck\'s folder and link it as ./name.png';

/** Why a picture on the web is not printed: the warning says what to do with it by name. */
const REMOTE = 'it is on the network';

/** The file name a picture on the web would have next to the deck (`…/img/tiers.png?v=2` → `tiers.png`). */
function remoteName(url: string): string {
  try {
    const name = path.posix.basename(new URL(url, 'https://x/').pathname);
    return /\.[a-z0-9]{2,5}$/i.test(name) ? decodeURIComponent(name) : 'name.png';
  } catch {
    return 'name.png';
  }
}

/** Decides what one image address becomes. */
function judge(url: string, baseDir: string | undefined): Verdict {
  if (!url) return { drop: 'it has no address', hint: 'write ![alt text](picture.png)' };
  if (/^data:/i.test(url)) {
    if (!SAFE_DATA_URL.test(url)) return { drop: 'only data: URLs of PNG, JPEG, GIF, WebP or SVG images are shown', hint: NEXT_TO_DECK };
    const image = dataUrlImage(url);
    return typeof image === 'string' ? undrawable(image) : (drawable(image.bytes, image.mime) ?? { src: url });
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return /^(?:https?:)?\/\//i.test(url) ? { drop: REMOTE, hint: NEXT_TO_DECK } : { drop: 'remote and file: addresses are never loaded', hint: NEXT_TO_DECK };
  }
  if (url.startsWith('/') || url.startsWith('\\')) return { drop: 'absolute paths are outside the deck\'s folder', hint: NEXT_TO_DECK };
  if (!baseDir) return { drop: 'the deck\'s folder is not known here', hint: NEXT_TO_DECK };
  let relative: string;
  try {
    relative = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return { drop: 'its address is not a valid path', hint: NEXT_TO_DECK };
  }
  if (relative.includes('\0')) return { drop: 'its address is not a valid path', hint: NEXT_TO_DECK };
  return readInside(baseDir, relative);
}

/**
 * Reads baseDir/relative only if it is a regular file whose real path (symlinks followed) stays
 * inside baseDir, reading no more than the size limit (read-input.ts).
 */
function readInside(baseDir: string, relative: string): Verdict {
  const target = path.resolve(baseDir, relative);
  // Check the lexical path first so a missing ../../x is still reported as outside.
  if (!isInside(target, path.resolve(baseDir))) return { drop: 'it is outside the deck\'s folder', hint: NEXT_TO_DECK };
  let bytes: Buffer;
  try {
    bytes = readInputSync(target, { maxBytes: MAX_IMAGE_BYTES, confineTo: baseDir, what: 'image' });
  } catch (err) {
    if (!(err instanceof InputRefused)) throw err;
    if (err.code === 'missing') return { drop: 'no such file next to the deck', hint: 'check the file name (paths are relative to the deck file)' };
    if (err.code === 'outside') return { drop: 'it is outside the deck\'s folder', hint: NEXT_TO_DECK };
    return { drop: err.reason, hint: err.hint };
  }
  if (bytes.length === 0) return undrawable('the file is empty');
  const type = SIGNATURES.find((s) => s.test(bytes));
  if (!type) return undrawable('its bytes are not PNG, JPEG, GIF, WebP or SVG');
  return drawable(bytes, type.mime) ?? { src: `data:${type.mime};base64,${bytes.toString('base64')}` };
}
