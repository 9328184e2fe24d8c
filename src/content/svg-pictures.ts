import type { Element } from 'hast';
import { visit } from './visit-tree.js';
import type { HastPlugin, RenderContext } from '../model/render-context.js';
import { dataUrlImage } from './image-decodes.js';
import { svgMarkup } from './svg-markup.js';
import { FAMILIES } from '../model/fonts.js';

/** Where inlineImages leaves the deck's name for each picture it read (data: URL → address as written). */
export const PICTURE_NAMES = 'studyguidePictureNames';

/**
 * rehype plugin, run last: what the printed pages will make of each SVG picture (an <img> of an
 * SVG data: URL, as inlineImages left it), reported at its line. The model keeps the <img>: the
 * exports (Anki's media files, CSV, Quizlet) carry the picture as it is, and only the printed
 * pages place its markup (render/place-svg-pictures.ts). A family it names that no bundled face
 * stands for is reported once per picture.
 */
export const svgPictures: HastPlugin = () => (tree, file) => {
  const context = file.data.studyguide as RenderContext | undefined;
  if (!context) return;
  const names = file.data[PICTURE_NAMES] as Map<string, string> | undefined;
  visit(tree, 'element', (node: Element) => {
    const src = node.tagName === 'img' ? String(node.properties.src ?? '') : '';
    if (!/^data:image\/svg\+xml[;,]/i.test(src)) return;
    const image = dataUrlImage(src);
    if (typeof image === 'string') return;
    const made = svgMarkup(image.bytes.toString('utf8'), 'p');
    const line = node.position?.start.line ?? context.line;
    const name = names?.get(src) ?? 'SVG picture';
    if (made?.leftOut.length) reportLeftOut(context, line, name, made.leftOut);
    if (!made?.unknownFamilies.length) return;
    report(context, line, name, made.unknownFamilies, made.tooManyCopies);
  });
};

/** What a picture would load or run, taken out: said once per picture (it printed without them, without a word). */
function reportLeftOut(context: RenderContext, line: number, name: string, parts: string[]): void {
  const unique = [...new Set(parts)];
  const listed = unique.slice(0, 4).join(', ') + (unique.length > 4 ? ` and ${unique.length - 4} more` : '');
  const message = `image "${name}" prints without what it would load or run, left out: ${listed} — put the pictures it shows inside it as data: PNG or JPEG; studyguide loads nothing from outside a picture and runs none of its scripts`;
  if (context.diagnostics.some((d) => d.line === line && d.message === message)) return;
  context.diagnostics.push({ file: context.file, line, severity: 'warning', code: 'image-blocked', message });
}

function report(context: RenderContext, line: number, name: string, families: string[], tooManyCopies: string | undefined): void {
  const list = families.map((f) => `"${f}"`).join(', ');
  const message = tooManyCopies
    ? `picture "${name}" names the font ${list}, which studyguide does not bundle, and prints as an image with its text in the machine's fonts: placed in the page, ${tooManyCopies} — name serif, sans-serif or monospace in the picture, and draw fewer copies, for the bundled faces`
    : `picture "${name}" names the font ${list}, which studyguide does not bundle: its text prints in ${FAMILIES.sans} — name serif, sans-serif or monospace in the picture for the bundled faces`;
  // A card answer is rendered twice (card and full answer); report each picture once.
  if (context.diagnostics.some((d) => d.line === line && d.message === message)) return;
  context.diagnostics.push({ file: context.file, line, severity: 'warning', code: 'picture-font', message });
}
