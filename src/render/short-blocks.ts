/**
 * Characters a paragraph or list item of three lines holds at most on an A4 or Letter page (130 mm
 * at 11 pt; measured 231 in a list item, 259 in a paragraph with code), with a little to spare.
 */
const THREE_LINES = 270;

/** A paragraph or list item holding no block of its own (a nested list, a paragraph, code…). */
const LEAF_BLOCK = /<(p|li)\b([^>]*)>((?:(?!<\/?(?:p|li|ul|ol|pre|table|div|blockquote|figure|h\d)\b)[\s\S])*?)<\/\1>/g;

/** Characters of an HTML run as printed: no tags, an entity for one, no soft hyphens. */
const printedLength = (html: string): number =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&[#\w]+;/g, (e) => (e === '&shy;' ? '' : '.'))
    .replace(/\u00ad/g, '').length;

/**
 * `html` with every paragraph and list item of three lines or fewer marked `keep-whole`, for a
 * `measure` of the A4 text block's (1 on A4, 0.88 on a half-letter page). Chromium honours
 * `widows: 2` only where it can without breaking `orphans: 2`: a three-line block at a page's foot
 * is split two lines and one (the one alone opens the next page), never moved whole. Print CSS keeps
 * the marked ones whole; a longer block splits with two lines at least on either side, as it should.
 */
export function markShortBlocks(html: string, measure = 1): string {
  return html.replace(LEAF_BLOCK, (block, tag: string, attrs: string, inner: string) => {
    if (printedLength(inner) > THREE_LINES * measure) return block;
    const marked = /\bclass="/.test(attrs) ? attrs.replace(/\bclass="/, 'class="keep-whole ') : `${attrs} class="keep-whole"`;
    return `<${tag}${marked}>${inner}</${tag}>`;
  });
}
