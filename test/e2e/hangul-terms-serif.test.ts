import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { glyphFonts, phraseFonts, type GlyphFonts } from '../pdf-glyph-fonts.js';

/**
 * Korean terms in an English deck printed their Hangul in the npm Gothic (Noto Sans KR) in the
 * middle of serif text, beside kanji that the system Mincho printed in serif: a book face with a
 * sans word in it. With the npm Mincho (Noto Serif KR, a development dependency here) installed,
 * the text's Hangul is set in it; headings and labels keep the Gothic.
 */
const deck = 'test/fixtures/hangul-terms-serif/deck.md';
const outputs = ['guide', 'cards', 'cheatsheet'] as const;
const glyphs: Partial<Record<(typeof outputs)[number], GlyphFonts>> = {};

beforeAll(async () => {
  const outDir = await tempDir('hangul-terms-serif-');
  const { result } = await buildWith({ paths: [deck], outDir, outputs: [...outputs] });
  expect(result.failed).toEqual([]);
  for (const o of outputs) glyphs[o] = glyphFonts(path.join(outDir, 'deck', `${o}.pdf`));
}, 180_000);

/** The fonts of each occurrence of `phrase` in an output. */
function everyOccurrence(g: GlyphFonts, phrase: string): string[][] {
  const found: string[][] = [];
  for (let nth = 0; ; nth++) {
    const fonts = phraseFonts(g, phrase, nth);
    if (!fonts) return found;
    found.push(fonts.sort());
  }
}

describe('Hangul in the text of an English deck', () => {
  it.each(outputs)('%s: the card answer sets its Hangul in the serif Noto Serif KR, as the Latin around it', (o) => {
    expect(phraseFonts(glyphs[o]!, 'A 회고 is the meeting', 0)?.sort()).toEqual(['NotoSerifKR-Regular', 'SourceSerif4-Regular']);
  });

  it('guide: the full answer too, and the question heading keeps the Gothic', () => {
    expect(everyOccurrence(glyphs.guide!, 'the 실행 항목 (action items)')).toEqual([['NotoSerifKR-Regular', 'SourceSerif4-Regular']]);
    // The contents line is serif text; the heading over the answer is the bold sans.
    expect(everyOccurrence(glyphs.guide!, 'What is a 회고')).toContainEqual(['NotoSansKR-Bold', 'SourceSans3-Bold']);
  });
});
