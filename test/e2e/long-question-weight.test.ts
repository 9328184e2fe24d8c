import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { glyphFonts, phraseFonts, type GlyphFonts } from '../pdf-glyph-fonts.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A scenario question of sixty words and more printed as a bold block of seven to nine lines in
 * the guide's question heading and on the cheat sheet: the eye could not find the question in
 * it. Its scenario is set in the regular weight now, its ask (the last sentence) in bold; a short
 * question stays all bold. Read from the fonts the PDFs draw each word in (mutool trace).
 */
const deckFile = 'test/fixtures/long-scenarios/scenarios.md';
const scenario = 'twenty minutes later the error rate climbs from a tenth of a percent';
const ask = 'What do you do first, and why?';
const short = 'Explain how you would run a blameless postmortem.';

describe('a long question heading', () => {
  const printed: Record<'guide' | 'cheatsheet', GlyphFonts> = {} as never;
  beforeAll(async () => {
    const outDir = await tempDir('long-question-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide', 'cheatsheet'] });
    expect(result.failed).toEqual([]);
    for (const name of ['guide', 'cheatsheet'] as const) printed[name] = glyphFonts(path.join(outDir, 'scenarios', `${name}.pdf`));
  }, 120_000);

  for (const name of ['guide', 'cheatsheet'] as const) {
    it(`sets its scenario in the regular face and its ask in the bold one (${name})`, () => {
      expect(phraseFonts(printed[name], scenario)).toEqual(['SourceSans3-Regular']);
      expect(phraseFonts(printed[name], ask)).toEqual(['SourceSans3-Bold']);
    });

    it(`leaves a short question all bold (${name})`, () => {
      expect(phraseFonts(printed[name], short)).toEqual(['SourceSans3-Bold']);
    });
  }
});
