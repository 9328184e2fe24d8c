import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfBlocks, type PdfLine } from '../pdf-lines.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/** Words for the French halves, cut to a different length for each question. */
const FRENCH =
  "J'ai passé quatre ans dans une petite équipe qui gérait les paiements en ligne, puis deux ans à construire des outils internes pour les développeurs de la société, surtout autour des tests et du déploiement continu.".split(
    ' ',
  );

/**
 * Twelve questions answered in two languages, each a list of a bold "FR:" and "EN:" item: the
 * cards, the cheat sheet and the quiz's key run the two on in one paragraph, the label of the
 * second landing at every place on a line as the French half grows a word at a time.
 */
const DECK = [
  '---\ntitle: Entretien bilingue\n---\n# Entretien bilingue\n',
  ...Array.from(
    { length: 12 },
    (_, i) =>
      `\n## Question ${i + 1}\n\n- **FR:** ${FRENCH.slice(0, 8 + i * 2).join(' ')}.\n- **EN:** I spent years on payments, then on tools for other developers.\n`,
  ),
].join('');

/** A label the line ends with, its words left for the next line (a French deck sets a narrow no-break space before the colon, which pdftotext reads as a space). */
const LABEL_AT_END = /(?:^|\s)(?:FR|EN)(?:\s?:)?$/;

let out = '';
beforeAll(async () => {
  out = await buildDeckText('bilingue', DECK, ['cards', 'cheatsheet', 'quiz']);
}, 180_000);

const lines = (file: string): PdfLine[] => pdfBlocks(path.join(out, file)).flatMap((b) => b.lines);

describe('a bold run-in label ("EN:")', () => {
  it.each(['cards.pdf', 'cheatsheet.pdf', 'quiz.pdf'])('%s: stays on the line of the words it labels', (file) => {
    const printed = lines(file);
    // The case arises: the second label runs on after the first half, on the same line or the next.
    expect(printed.filter((l) => / EN\s?: /.test(` ${l.text} `)).length).toBeGreaterThanOrEqual(6);
    expect(printed.filter((l) => LABEL_AT_END.test(l.text)).map((l) => `p${l.page}: ${l.text}`)).toEqual([]);
  });
});
