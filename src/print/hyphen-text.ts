import { PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib';
import { replaceStream, streamText } from './pdf-streams.js';

/** The non-breaking hyphen (content/hyphenate.ts repeats a word's hyphen with it) and what its text should say. */
const NON_BREAKING = 0x2011;
const HYPHEN_MINUS = 0x2d;

/**
 * A word's own hyphen in Portuguese, Polish, Czech and Slovak prints as U+2011 (so that the line
 * breaks before it, at a soft hyphen, and the next line repeats it: "descompactá-" over "-los").
 * Its glyph is the hyphen's, but the font's ToUnicode map says U+2011, so a search typed with "-"
 * did not find "descompactá-los" and a copied word carried U+2011. Each font's map now says "-"
 * for it; the glyph printed is unchanged.
 */
export function plainHyphenText(doc: PDFDocument): void {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.Type) !== PDFName.of('Font')) continue;
    const ref = obj.get(PDFName.of('ToUnicode'));
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
    const text = streamText(stream);
    const fixed = plainHyphenMap(text);
    if (fixed !== text) replaceStream(doc, ref, stream, fixed);
  }
}

const hex = (n: number) => `<${n.toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * A ToUnicode CMap with every glyph mapped to U+2011 mapped to "-": a single mapping is rewritten;
 * a range holding it is cut around it, the glyph given a single mapping of its own.
 */
function plainHyphenMap(text: string): string {
  if (!/<2011>|beginbfrange/i.test(text)) return text;
  const singles: string[] = [];
  let fixed = text.replace(/^(<[0-9A-Fa-f]{4}>) <2011>$/gm, '$1 <002D>');
  fixed = fixed.replace(/^(\d+) beginbfrange\n([\s\S]*?)\nendbfrange/gm, (block: string, _count: string, body: string) => {
    let cut = false;
    const lines = body.split('\n').flatMap((line) => {
      const m = /^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})>$/.exec(line);
      if (!m) return [line];
      const [from, to, start] = [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
      const glyph = from + NON_BREAKING - start;
      if (glyph < from || glyph > to) return [line];
      cut = true;
      singles.push(`${hex(glyph)} ${hex(HYPHEN_MINUS)}`);
      // What is left of the range either side of the glyph (nothing when the range was that glyph alone).
      return [
        ...(glyph > from ? [`${hex(from)} ${hex(glyph - 1)} ${hex(start)}`] : []),
        ...(glyph < to ? [`${hex(glyph + 1)} ${hex(to)} ${hex(NON_BREAKING + 1)}`] : []),
      ];
    });
    if (!cut) return block;
    return lines.length ? `${lines.length} beginbfrange\n${lines.join('\n')}\nendbfrange` : '';
  });
  // A block of single mappings holds at most 100 (the CMap format's limit).
  const blocks: string[] = [];
  for (let i = 0; i < singles.length; i += 100)
    blocks.push(`${singles.slice(i, i + 100).length} beginbfchar\n${singles.slice(i, i + 100).join('\n')}\nendbfchar\n`);
  return blocks.length ? fixed.replace(/^endcmap$/m, `${blocks.join('')}endcmap`) : fixed;
}
