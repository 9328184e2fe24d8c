/** A regional indicator letter: two make a flag emoji (🇸🇦). */
const REGIONAL_INDICATOR = /[\u{1F1E6}-\u{1F1FF}]/gu;

/**
 * The page's flags as their plain letters (🇸🇦 → "SA"): the bundled emoji face is monochrome and
 * draws a flag as its two letters in a dashed box, and a pair naming no country as a box with a
 * question mark. Every page a template writes (the HTML files, the preview, the PDF) changes; the
 * deck's text (Anki, CSV) keeps the emoji.
 */
export function flagLetters(html: string): string {
  return html.replace(REGIONAL_INDICATOR, (mark) => String.fromCharCode(0x41 + mark.codePointAt(0)! - 0x1f1e6));
}
