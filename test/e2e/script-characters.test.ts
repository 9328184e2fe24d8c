import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfText } from '../helpers.js';
import { glyphFonts, phraseFonts, type GlyphFonts } from '../pdf-glyph-fonts.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// Subscript and superscript characters typed in prose, as statistics and algorithms banks write
// them. The bundled faces have none but ¹ ² ³: each printed in a system face (DejaVu Sans), a sans
// digit inside a serif word ("z₁₋α/₂" in three faces), on the card as in the guide.
const DECK = [
  '---',
  'lang: el',
  '---',
  '',
  '# Στατιστική',
  '',
  '## Πειράματα',
  '',
  '### Πόσους χρήστες χρειάζεστε;',
  '',
  '> Περίπου n ≈ 2(z₁₋α/₂ + z₁₋β)²σ²/δ² ανά ομάδα, με ανοχή 10⁻⁸ και 2ⁿ συνδυασμούς.',
  '',
  'Το σφάλμα πέφτει ως x₁ + x₂ και ο χρόνος ως log₂ n; μια μονάδα 10⁻¹² είναι μικρή.',
  '',
].join('\n');

const BUNDLED = /^(SourceSerif4|SourceSans3|NotoSansMath)-/;

describe('subscript and superscript characters', () => {
  let guide: GlyphFonts;
  let cards: GlyphFonts;
  let text = '';
  beforeAll(async () => {
    const dir = await buildDeckText('scripts-el', DECK, ['guide', 'cards']);
    guide = glyphFonts(path.join(dir, 'guide.pdf'));
    cards = glyphFonts(path.join(dir, 'cards.pdf'));
    text = pdfText(path.join(dir, 'guide.pdf'));
  });

  it('print in the bundled faces, never a system face', () => {
    for (const glyphs of [guide, cards]) {
      // Before: DejaVuSans for ₁ ₂ ₋ ⁻ ⁸ ⁿ.
      expect([...new Set(glyphs.fonts)].filter((f) => !BUNDLED.test(f))).toEqual([]);
      for (const phrase of ['z1−α/2', '10−8', '2n']) expect(phraseFonts(glyphs, phrase, 0), phrase).toEqual(['SourceSerif4-Regular']);
    }
    for (const phrase of ['x1+x2', 'log2n', '10−12']) expect(phraseFonts(guide, phrase, 0), phrase).toEqual(['SourceSerif4-Regular']);
  });

  it('keep their characters in the text, lowered and raised', () => {
    expect(text).toContain('z1−α/2');
    expect(text).toContain('10−8');
  });
});
