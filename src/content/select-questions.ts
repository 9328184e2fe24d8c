import type { BuildOptions } from '../model/build-options.js';
import { labelsFor } from '../model/labels.js';
import { describeFilter, filterDeck, isFiltered, keptCount, type DeckFilter } from './filter-deck.js';
import type { Deck } from '../model/deck.js';
import type { DeckFonts } from '../model/fonts.js';
import { newSeed, shuffleDeck } from './shuffle-deck.js';

/**
 * The deck as this build prints it: label overrides and own font families attached, filtered (`--level/--tag/--section/--only-ids`)
 * and shuffled when asked, with a note saying which subset it is for the cover and contents.
 */
export function selectQuestions(deck: Deck, opts: Partial<Pick<BuildOptions, 'level' | 'tag' | 'section' | 'shuffle' | 'seed' | 'labels' | 'fonts'>>, listed?: DeckFilter['listed']): Deck {
  const labelled: Deck = { ...deck, ...(opts.labels ? { labels: opts.labels } : {}), ...(opts.fonts?.length ? { fonts: ownFonts(opts.fonts) } : {}) };
  const labels = labelsFor(labelled.lang, labelled.labels);
  const notes: string[] = [];
  const filter: DeckFilter = { ...opts, listed };
  let result = filterDeck(labelled, filter);
  if (isFiltered(filter)) notes.push(`${labels.selection} ${describeFilter(filter, labels)} (${keptCount(deck, result)})`);
  if (opts.shuffle) {
    const seed = opts.seed ?? newSeed();
    result = shuffleDeck(result, seed, labels.questions);
    notes.push(`${labels.shuffled}, ${labels.seed} ${seed}`);
  }
  return notes.length ? { ...result, filterNote: notes.join(' · ') } : result;
}

/** `fonts`: ahead of the bundled faces for text and headings; after the bundled mono face for code, which stays monospaced. */
function ownFonts(families: string[]): DeckFonts {
  return { body: families, head: families, monoFallback: families };
}
