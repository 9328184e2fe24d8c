import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { loadPdf, savePdf } from '../../src/print/pdf-io.js';

/** A ToUnicode CMap as Chromium (Skia) writes one: its single mappings, then its ranges. */
const cmap = (chars: string[], ranges: string[]) =>
  [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...(chars.length ? [`${chars.length} beginbfchar`, ...chars, 'endbfchar'] : []),
    ...(ranges.length ? [`${ranges.length} beginbfrange`, ...ranges, 'endbfrange'] : []),
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');

/** A one-page PDF with a font whose ToUnicode map is `text`, saved as we save every PDF; returns that map as saved. */
async function savedMap(text: string): Promise<string> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const toUnicode = ctx.register(ctx.stream(text));
  ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'AAAAAA+SourceSerif4', ToUnicode: toUnicode }));
  const saved = await loadPdf(await savePdf(await loadPdf(await doc.save())));
  const font = saved.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .find((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.Type) === PDFName.of('Font'))!;
  const stream = saved.context.lookup(font.get(PDFName.of('ToUnicode'))) as PDFRawStream;
  const bytes = stream.dict.get(PDFName.of('Filter')) ? inflateSync(stream.getContents()) : Buffer.from(stream.getContents());
  return bytes.toString('latin1');
}

/** The code a map gives glyph `glyph` (four hex digits), reading its single mappings and its ranges. */
function unicodeOf(map: string, glyph: number): string | undefined {
  for (const [, g, u] of map.matchAll(/^<([0-9A-F]{4})> <([0-9A-F]{4,})>$/gim)) if (parseInt(g, 16) === glyph) return u.toUpperCase();
  for (const [, a, b, u] of map.matchAll(/^<([0-9A-F]{4})> <([0-9A-F]{4})> <([0-9A-F]{4})>$/gim)) {
    const [from, to] = [parseInt(a, 16), parseInt(b, 16)];
    if (glyph >= from && glyph <= to) return (parseInt(u, 16) + glyph - from).toString(16).toUpperCase().padStart(4, '0');
  }
  return undefined;
}

/**
 * The repeated hyphen of Portuguese, Polish, Czech and Slovak lines ("descompactá-" over "-los")
 * prints U+2011, which a reader's search for "descompactá-los" typed with "-" did not find: the
 * PDF's text says "-" for it, and the glyph printed stays the same.
 */
describe("the text of a font's non-breaking hyphen", () => {
  it('reads as a hyphen-minus, given alone', async () => {
    const map = await savedMap(cmap(['<00C7> <2011>', '<0041> <0061>'], []));
    expect(unicodeOf(map, 0xc7)).toBe('002D');
    expect(unicodeOf(map, 0x41)).toBe('0061');
  });

  it('reads as a hyphen-minus inside a range, the range around it kept', async () => {
    const map = await savedMap(cmap(['<0003> <0020>'], ['<00C5> <00C8> <2010>', '<0010> <0012> <0041>']));
    expect([0xc5, 0xc6, 0xc7, 0xc8].map((g) => unicodeOf(map, g))).toEqual(['2010', '002D', '2012', '2013']);
    expect([0x03, 0x10, 0x11, 0x12].map((g) => unicodeOf(map, g))).toEqual(['0020', '0041', '0042', '0043']);
  });

  it('leaves a map without one as it was', async () => {
    const text = cmap(['<00C7> <2010>'], ['<0010> <0012> <0041>']);
    expect(await savedMap(text)).toBe(text);
  });
});
