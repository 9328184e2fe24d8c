import { sourceDate } from '../source-date.js';
import { allQuestions, countByLevel, LEVELS, unleveled, type Deck } from '../model/deck.js';
import { directionOf, type Labels } from '../model/labels.js';
import { deckLabels } from '../model/question-label.js';
import { fontCss } from './fonts.js';
import { deckHoldsKanaOrHan } from './holds-kana-or-han.js';
import { deckCjkChars } from './deck-cjk-chars.js';
import { hyphenateLongWords } from '../content/hyphenate.js';
import { tieShortWordsIn } from '../content/tie-short-words.js';
import { placeSvgPictures } from './place-svg-pictures.js';

/** Page numbers known from an earlier print pass: element id → 1-based page. */
export type PageMap = Map<string, number>;

/** The date on the cover: front matter `date`, else SOURCE_DATE_EPOCH, else today (YYYY-MM-DD). */
export function coverDate(deck: Deck, env: NodeJS.ProcessEnv = process.env): string {
  // A blog's front matter dates its post to the second (`2019-03-02 10:00:00`): a cover shows the day.
  if (deck.date) return deck.date.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '$1');
  return (sourceDate(env) ?? new Date()).toISOString().slice(0, 10);
}

/** Words of this many letters or more break at a syllable in a title; shorter ones stay whole. */
const TITLE_BREAK_LETTERS = 30;

/**
 * A title set for display: a spaced dash is tied to the word before it (it never opens a line on
 * its own), a one-letter word to the word after it where the language asks it (Polish "SQL i
 * bazy" never ends a line on "i"; the text gets the same in content/tie-short-words.ts), and a
 * word too long for any title line breaks at a syllable with a hyphen.
 */
export function displayTitle(title: string, lang: string): string {
  return hyphenateLongWords(tieShortWordsIn(title.replace(/ ([\u2013\u2014])(?= )/g, '\u00a0$1'), lang), lang, TITLE_BREAK_LETTERS);
}

/**
 * The deck as the printed pages set it: each section's title with its one-letter words tied as
 * its text's are (a Polish "Sieci i protokoły" never ends a line on "i"). The model keeps the
 * titles as written: the flashcard apps file notes under them, and a renamed deck loses its history.
 * Its SVG pictures are placed as markup (render/place-svg-pictures.ts).
 */
export function forPrint(deck: Deck): Deck {
  const sections = deck.sections.map((s) => {
    const lang = s.lang ?? s.part?.lang ?? deck.lang;
    const title = tieShortWordsIn(s.title, lang);
    // In a combined guide the part's title and the section's own title inside it print too.
    const part = s.part && {
      ...s.part,
      title: tieShortWordsIn(s.part.title, s.part.lang ?? deck.lang),
      sectionTitle: tieShortWordsIn(s.part.sectionTitle, lang),
    };
    const same = title === s.title && (!part || (part.title === s.part?.title && part.sectionTitle === s.part.sectionTitle));
    return same ? s : { ...s, title, ...(part ? { part } : {}) };
  });
  // Its SVG pictures as their own markup, so that their text prints in the bundled faces (the model and the exports keep the <img>).
  return placeSvgPictures(sections.every((s, i) => s === deck.sections[i]) ? deck : { ...deck, sections });
}

/**
 * Characters in the title's longest run that cannot break (a word with the dash tied to it; a
 * word long enough to take soft hyphens counts as the longest that does not): the cover sets
 * its title small enough for that run to fit a line, where it broke anywhere without a hyphen.
 */
export function titleRun(title: string): number {
  const runs = title.replace(/ ([\u2013\u2014])(?= )/g, '\u00a0$1').split(/[ \t\n]+/);
  return Math.min(TITLE_BREAK_LETTERS, Math.max(1, ...runs.map((r) => [...r].length)));
}

/** Fields every layout shares: deck, labels, css, page size, counts. */
export function baseView(deck: Deck, css: string, pageSize: string, labels: Labels = deckLabels(deck)) {
  const counts = countByLevel(deck);
  const dir = directionOf(deck.lang);
  const kanaHan = deckHoldsKanaOrHan(deck, labels);
  return {
    deck,
    labels,
    dir,
    // The running heads' margin boxes: the deck's title where a line starts, the chapter's where it ends.
    headStart: dir === 'rtl' ? 'top-right' : 'top-left',
    headEnd: dir === 'rtl' ? 'top-left' : 'top-right',
    // The bundled faces and family stacks come first, so a theme's stylesheet may still override them.
    // The last resort for kana and ideographs only when the deck or its labels set some: asking fontconfig which costs every other deck a tenth of a second.
    // Their Chinese, Japanese and Korean characters too, for an installed face Chromium would print as Type 3 (system-cjk-faces.ts).
    css: [fontCss(deck.fonts, deck.lang, kanaHan, kanaHan || /^ko/i.test(deck.lang) ? deckCjkChars(deck, labels) : []), css, deck.extraCss]
      .filter(Boolean)
      .join('\n'),
    title: deck.title,
    displayTitle: displayTitle(deck.title, deck.lang),
    displaySubtitle: deck.subtitle === undefined ? undefined : tieShortWordsIn(deck.subtitle, deck.lang),
    titleRun: titleRun(deck.title),
    page: { size: pageSize },
    total: allQuestions(deck).length,
    // A bank that grades none of its questions: no level badges (every one read "medium") and no counts by level.
    unleveled: unleveled(deck),
    levelCounts: unleveled(deck) ? [] : LEVELS.map((level) => ({ level, count: counts[level] })),
  };
}
