import { pdfToolOutput } from './pdf-tool-output.js';

/** A PDF's printed characters in order, spaces left out, with the font each is drawn in. */
export interface GlyphFonts {
  text: string;
  fonts: string[];
}

/**
 * Every glyph a PDF draws, in the order `mutool trace` lists them, with its font's name (the
 * subset tag taken off: "SourceSans3-Bold"). Spaces are left out, so a phrase is found by its
 * letters whatever the line breaks.
 */
export function glyphFonts(file: string): GlyphFonts {
  const trace = pdfToolOutput('mutool', ['trace'], file);
  let text = '';
  const fonts: string[] = [];
  let font = '';
  for (const line of trace.split('\n')) {
    const span = /<span font="(?:[A-Z]{6}\+)?([^"]+)"/.exec(line);
    if (span) font = span[1];
    const glyph = /<g unicode="([^"]*)"/.exec(line);
    if (!glyph) continue;
    const ch = glyph[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    if (!ch.trim()) continue;
    for (const c of ch) {
      text += c;
      fonts.push(font);
    }
  }
  return { text, fonts };
}

/** The fonts a phrase (its spaces left out) is drawn in at its `nth` occurrence (the last by default), or undefined when it is not printed. */
export function phraseFonts(glyphs: GlyphFonts, phrase: string, nth = -1): string[] | undefined {
  const wanted = phrase.replace(/\s+/g, '');
  const at: number[] = [];
  for (let i = glyphs.text.indexOf(wanted); i >= 0; i = glyphs.text.indexOf(wanted, i + 1)) at.push(i);
  const start = at.at(nth);
  return start === undefined ? undefined : [...new Set(glyphs.fonts.slice(start, start + wanted.length))];
}
