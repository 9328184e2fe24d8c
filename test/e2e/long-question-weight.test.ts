import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { glyphFonts, phraseFonts, type GlyphFonts } from '../pdf-glyph-fonts.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A scenario question of sixty words and more printed as a bold block of seven to nine lines in
 * the guide's question heading, on the cheat sheet, the quiz's page and a flash card's front: the
 * eye could not find the question in it. Its scenario is set in the regular weight now, its ask
 * (the last sentence) in bold; asked in one sentence, its clauses but the last; a short question
 * stays all bold. Read from the fonts the PDFs draw each word in (mutool trace).
 */
const deckFile = 'test/fixtures/long-scenarios/scenarios.md';
const scenario = 'twenty minutes later the error rate climbs from a tenth of a percent';
const ask = 'What do you do first, and why?';
const short = 'Explain how you would run a blameless postmortem.';
/** The same scenario in one sentence of clauses, and a short question with commas. */
const clausesFile = 'test/fixtures/long-scenarios/clauses.md';
const clauses = 'the dashboards of the database look healthy and nobody else has deployed,';
const clauseAsk = 'so what do you check first and what do you roll back?';
const shortClauses = 'Explain, in two sentences, how a connection pool works.';

type Printed = 'guide' | 'cheatsheet' | 'quiz' | 'cards';
const PRINTED: readonly Printed[] = ['guide', 'cheatsheet', 'quiz', 'cards'];
/**
 * Which printing of a phrase is read, the question's own: the last in the guide (its contents
 * list the question first), the first in the quiz (its key repeats a question's first lines after it).
 */
const AT: Record<Printed, number> = { guide: -1, cheatsheet: -1, quiz: 0, cards: 0 };

describe('a long question heading', () => {
  const printed: Record<Printed, GlyphFonts> = {} as never;
  const inClauses: Record<Printed, GlyphFonts> = {} as never;
  beforeAll(async () => {
    const outDir = await tempDir('long-question-');
    const { result } = await buildWith({ paths: [deckFile, clausesFile], outDir, outputs: [...PRINTED], cardFaces: 'flash' });
    expect(result.failed).toEqual([]);
    for (const name of PRINTED) {
      printed[name] = glyphFonts(path.join(outDir, 'scenarios', `${name}.pdf`));
      inClauses[name] = glyphFonts(path.join(outDir, 'clauses', `${name}.pdf`));
    }
  }, 180_000);

  for (const name of PRINTED) {
    it(`sets its scenario in the regular face and its ask in the bold one (${name})`, () => {
      expect(phraseFonts(printed[name], scenario, AT[name])).toEqual(['SourceSans3-Regular']);
      expect(phraseFonts(printed[name], ask, AT[name])).toEqual(['SourceSans3-Bold']);
    });

    it(`sets the lead clauses of one long sentence in the regular face and its last in the bold one (${name})`, () => {
      expect(phraseFonts(inClauses[name], clauses, AT[name])).toEqual(['SourceSans3-Regular']);
      expect(phraseFonts(inClauses[name], clauseAsk, AT[name])).toEqual(['SourceSans3-Bold']);
    });

    it(`leaves a short question all bold (${name})`, () => {
      expect(phraseFonts(printed[name], short, AT[name])).toEqual(['SourceSans3-Bold']);
      expect(phraseFonts(inClauses[name], shortClauses, AT[name])).toEqual(['SourceSans3-Bold']);
    });
  }
});
