import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { visit } from './visit-tree.js';
import type { HastPlugin, RenderContext } from '../model/render-context.js';
import { dataUrlImage } from './image-decodes.js';
import { svgMarkup } from './svg-markup.js';
import { FAMILIES } from '../model/fonts.js';

/** Where inlineImages leaves the deck's name for each picture it read (data: URL → address as written). */
export const PICTURE_NAMES = 'studyguidePictureNames';

/**
 * rehype plugin, run last: each SVG picture (an <img> of an SVG data: URL, as inlineImages left
 * it) becomes the picture's own markup (content/svg-markup.ts), so that its text prints in the
 * bundled faces. A family it names that no bundled face stands for is reported once per picture.
 */
export const svgPictures: HastPlugin = () => (tree, file) => {
  const context = file.data.studyguide as RenderContext | undefined;
  const names = file.data[PICTURE_NAMES] as Map<string, string> | undefined;
  // Ids named after the picture, its file and line: the same on every build, and two pictures on
  // one page differ (the same drawing in two answers stands at two lines). Twice on one line: counted.
  const placed = new Map<string, number>();
  visit(tree, 'element', (node: Element, index, parent) => {
    const src = node.tagName === 'img' ? String(node.properties.src ?? '') : '';
    if (!/^data:image\/svg\+xml[;,]/i.test(src) || !parent || index === undefined) return;
    const image = dataUrlImage(src);
    if (typeof image === 'string') return;
    const text = image.bytes.toString('utf8');
    const line = node.position?.start.line ?? context?.line ?? 0;
    const hash = createHash('sha256').update(`${context?.file ?? ''}\0${line}\0${text}`).digest('hex').slice(0, 8);
    const n = (placed.get(hash) ?? 0) + 1;
    placed.set(hash, n);
    const made = svgMarkup(text, `p${hash}${n > 1 ? `-${n}` : ''}`);
    if (!made) return;
    const { svg, unknownFamilies } = made;
    const alt = String(node.properties.alt ?? '').trim();
    svg.properties.role = 'img';
    if (alt) svg.properties.ariaLabel = alt;
    if (node.properties.title) svg.properties.dataTitle = String(node.properties.title);
    parent.children.splice(index, 1, svg);
    if (context && unknownFamilies.length) report(context, line, names?.get(src) ?? 'SVG picture', unknownFamilies);
  });
};

function report(context: RenderContext, line: number, name: string, families: string[]): void {
  const list = families.map((f) => `"${f}"`).join(', ');
  const message = `picture "${name}" names the font ${list}, which studyguide does not bundle: its text prints in ${FAMILIES.sans} — name serif, sans-serif or monospace in the picture for the bundled faces`;
  // A card answer is rendered twice (card and full answer); report each picture once.
  if (context.diagnostics.some((d) => d.line === line && d.message === message)) return;
  context.diagnostics.push({ file: context.file, line, severity: 'warning', code: 'picture-font', message });
}
