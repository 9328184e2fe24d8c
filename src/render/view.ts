import { sourceDate } from '../source-date.js';
import { allQuestions, countByLevel, LEVELS, type Deck } from '../content/model.js';
import { labelsFor, type Labels } from './labels.js';
import { fontCss } from './fonts.js';

/** Paper sizes for the guide and sheets, as CSS `size` values and in points. */
export const PAPERS = {
  a4: { css: 'A4', width: 595.28, height: 841.89 },
  letter: { css: 'letter', width: 612, height: 792 },
} as const;
export type Paper = keyof typeof PAPERS;

/** Page numbers known from an earlier print pass: element id → 1-based page. */
export type PageMap = Map<string, number>;

/** The date on the cover: front matter `date`, else SOURCE_DATE_EPOCH, else today (YYYY-MM-DD). */
export function coverDate(deck: Deck, env: NodeJS.ProcessEnv = process.env): string {
  if (deck.date) return deck.date;
  return (sourceDate(env) ?? new Date()).toISOString().slice(0, 10);
}

/** Fields every layout shares: deck, labels, css, page size, counts. */
export function baseView(deck: Deck, css: string, pageSize: string, labels: Labels = labelsFor(deck.lang, deck.labels)) {
  const counts = countByLevel(deck);
  return {
    deck,
    labels,
    // The bundled faces and family stacks come first, so a theme's stylesheet may still override them.
    css: [fontCss(deck.fonts), css, deck.extraCss].filter(Boolean).join('\n'),
    title: deck.title,
    page: { size: pageSize },
    total: allQuestions(deck).length,
    levelCounts: LEVELS.map((level) => ({ level, count: counts[level] })),
  };
}
