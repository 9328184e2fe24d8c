import { sourceDate } from '../source-date.js';
import { allQuestions, countByLevel, LEVELS, type Deck } from '../model/deck.js';
import { labelsFor, type Labels } from '../model/labels.js';
import { fontCss } from './fonts.js';

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
