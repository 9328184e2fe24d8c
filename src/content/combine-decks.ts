import { escapeHtml } from './text.js';
import { shortAnchor } from './short-anchor.js';
import { unleveled, type Deck, type Section } from '../model/deck.js';
import { countAllLabel, fillLabel, labelsFor } from '../model/labels.js';

/** Output folder of the combined deck (`--combine`). */
export const COMBINED_SLUG = 'all';

/**
 * Every deck as one deck, for `--combine`: each deck becomes a part, opened by a section of its
 * own (its title and intro, no questions) so the contents lists it, followed by its sections
 * titled "Deck · Section" and its closing notes, each knowing its part (the guide shows parts,
 * sections and questions as three levels). Questions are numbered through, and ids are
 * prefixed with the deck's slug so they stay unique.
 */
export function combineDecks(decks: Deck[]): Deck {
  let number = 0;
  const langs = new Set(decks.map((d) => d.lang));
  const lang = langs.size === 1 ? decks[0].lang : 'en';
  const labels = labelsFor(lang);
  const sections: Section[] = decks.flatMap((deck, index) => {
    const id = shortAnchor(`part-${deck.slug}`);
    // A deck in another language than the combined one (an Arabic deck among English ones) keeps its own.
    const language = deck.lang !== lang ? { lang: deck.lang } : {};
    // Its own label overrides too, so its questions print its words, not the combined deck's defaults.
    const ownLabels = deck.labels ? { labels: deck.labels } : {};
    // A bank that gives no levels prints no badges alone; its questions' stand-in "medium" is not printed here either.
    const unsaid = unleveled(deck) ? { levelUnsaid: true } : {};
    const inPart = (sectionTitle: string) => ({ id, title: deck.title, number: index + 1, sectionTitle, ...language, ...ownLabels });
    const part: Section = { id, title: deck.title, introHtml: partIntro(deck), questions: [], line: 1, part: inPart(deck.title) };
    const own = deck.sections.map((s) => ({
      ...s,
      // Each anchor as short as the deck's own: the deck's name before it must not take it past a PDF name's limit.
      id: shortAnchor(`${deck.slug}--${s.id}`),
      title: `${deck.title} · ${s.title}`,
      part: inPart(s.title),
      questions: s.questions.map((q) => ({
        ...q,
        id: shortAnchor(`q-${deck.slug}--${q.id.replace(/^q-/, '')}`),
        number: ++number,
        deckTitle: deck.title,
        ...language,
        ...unsaid,
      })),
    }));
    const outro: Section[] = deck.outro
      ? [{ id: shortAnchor(`${deck.slug}--outro`), title: `${deck.title} · ${deck.outro.title}`, introHtml: deck.outro.html, questions: [], line: 1, part: inPart(deck.outro.title) }]
      : [];
    return [part, ...own, ...outro];
  });
  return {
    slug: COMBINED_SLUG,
    file: decks.map((d) => d.file).join(', '),
    title: combinedTitle(decks, lang),
    subtitle: `${decks.length === 1 ? labels.deckCountOne : fillLabel(labels.deckCount, { count: decks.length })}, ${countAllLabel(labels, number)}`,
    lang,
    tags: [...new Set(decks.flatMap((d) => d.tags))],
    // The contents lists every part; a separate intro page would only repeat it.
    introHtml: '',
    sections,
    frontMatter: {},
    diagnostics: [],
  };
}

/**
 * The combined guide's title: the one every deck's labels name (config `labels.siteTitle`), else
 * the decks' language's word for a set of decks (a German cover and its running heads read "All
 * decks"), "All decks" in English.
 */
function combinedTitle(decks: Deck[], lang: string): string {
  const named = new Set(decks.map((d) => d.labels?.siteTitle));
  const [own] = named;
  if (named.size === 1 && own) return own;
  // English (and a language with no word of its own) keeps "All decks": its "Study decks" names the index page.
  const { siteTitle } = labelsFor(lang);
  return siteTitle === labelsFor('en').siteTitle ? 'All decks' : siteTitle;
}

function partIntro(deck: Deck): string {
  const subtitle = deck.subtitle ? `<p class="part-subtitle">${escapeHtml(deck.subtitle)}</p>` : '';
  // The combined cover has no room for each deck's credit, so its part opens with it.
  const source = deck.source ? `<p class="part-source">${escapeHtml(deck.source)}</p>` : '';
  return subtitle + source + deck.introHtml;
}
