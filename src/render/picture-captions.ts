/** A paragraph holding one picture and nothing else, as the markdown renderer writes it. */
const LONE_PICTURE = /<p\b([^>]*)>\s*(<img\b[^>]*>)\s*<\/p>/g;

/** An attribute's value from a tag, entities left as written (they are HTML already). */
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.trim();

/** Descriptions that say nothing a reader needs under the picture: a file name, or "image", "screenshot 2". */
const SAYS_NOTHING =
  /^(?:[\w.-]+\.(?:png|jpe?g|gif|webp|svg|avif|bmp)|(?:image|img|picture|pic|photo|screenshot|figure|fig|diagram|chart|graph|alt|bild|imagen|изображение|图片|画像)\s*\d*)$/i;

/**
 * `html` (a guide answer or section text) with each picture standing alone in its paragraph set as
 * a figure captioned by its title, else by its description (alt text): a book prints what a
 * picture shows under it, and before, a chart stood bare between two paragraphs, its description
 * only in the file. A description that says nothing (a file name, "image") is no caption. Cards
 * and the cheat sheet have no room for captions: they keep the picture as it is.
 */
export function captionPictures(html: string): string {
  if (!html.includes('<img') && !html.includes('picture-svg')) return html;
  const images = html.replace(LONE_PICTURE, (paragraph, _attrs: string, img: string) =>
    figure(paragraph, img, attribute(img, 'title') || attribute(img, 'alt')),
  );
  return images.includes('picture-svg') ? captionSvgPictures(images) : images;
}

/** The paragraph as a captioned figure, or as it was when the caption says nothing. */
function figure(paragraph: string, picture: string, caption: string | undefined): string {
  if (!caption || SAYS_NOTHING.test(caption)) return paragraph;
  return `<figure class="picture">${picture}<figcaption>${caption}</figcaption></figure>`;
}

/** A paragraph opening on an SVG picture placed as markup (content/svg-pictures.ts). */
const SVG_PICTURE_START = /<p\b[^>]*>\s*(?=<svg\b[^>]*\bclass="[^"]*\bpicture-svg\b)/g;

/** The same for an SVG picture placed as markup: its caption from its data-title, else its aria-label (the alt text). */
function captionSvgPictures(html: string): string {
  let out = '';
  let at = 0;
  for (const m of html.matchAll(SVG_PICTURE_START)) {
    const start = m.index + m[0].length;
    if (m.index < at) continue;
    const end = svgEnd(html, start);
    const close = end === undefined ? null : /^\s*<\/p>/.exec(html.slice(end));
    if (end === undefined || !close) continue;
    const svg = html.slice(start, end);
    const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    out += html.slice(at, m.index) + figure(html.slice(m.index, end + close[0].length), svg, attribute(open, 'data-title') || attribute(open, 'aria-label'));
    at = end + close[0].length;
  }
  return out + html.slice(at);
}

/** Where the <svg> element opening at `start` ends (after its own </svg>, nested ones counted). */
function svgEnd(html: string, start: number): number | undefined {
  const tags = /<svg\b[^>]*?(\/?)>|<\/svg>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[0].startsWith('</')) depth--;
    else if (!m[1]) depth++;
    else if (depth === 0) return m.index + m[0].length; // <svg …/>, empty
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}
