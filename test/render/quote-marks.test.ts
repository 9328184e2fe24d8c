import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { findAll, parseHtml, textOf } from './html-dom.js';

/**
 * Quotes typed straight print as the deck's language sets them: a Polish, Czech or Hungarian
 * reader expects „…” (Czech „…“), a Greek, Norwegian or Catalan one «…», a Swedish or Finnish ”…”, a Danish »…«; English “…” in a Polish guide is a mistake a
 * proofreader marks. Read from the guide's HTML, the page the PDF is printed from: the marks are
 * set in its text (content/typographic.ts), which printing does not change, so no PDF is printed
 * here (each was a build of its own in the browser tests).
 */
const deck = (lang: string, title: string, sentence: string) =>
  ['---', `lang: ${lang}`, '---', `# ${title}`, '', '## 1', '', `### ${sentence}?`, '', `> ${sentence}.`, '', `${sentence}.`, ''].join('\n');

const CASES = [
  { lang: 'pl', title: 'Bazy danych', sentence: 'Indeks jest "spisem treści" tabeli', printed: '„spisem treści”' },
  { lang: 'cs', title: 'Databáze', sentence: 'Index je "obsahem" tabulky', printed: '„obsahem“' },
  { lang: 'hu', title: 'Adatbázisok', sentence: 'Az index a tábla "tartalomjegyzéke"', printed: '„tartalomjegyzéke”' },
  { lang: 'el', title: 'Βάσεις δεδομένων', sentence: 'Το ευρετήριο είναι ο "πίνακας περιεχομένων"', printed: '«πίνακας περιεχομένων»' },
  // Swedish and Finnish open with the closing mark; Danish books turn the guillemets inward.
  { lang: 'sv', title: 'Databaser', sentence: 'Ett index är tabellens "innehållsförteckning"', printed: '”innehållsförteckning”' },
  { lang: 'fi', title: 'Tietokannat', sentence: 'Indeksi on taulun "sisällysluettelo"', printed: '”sisällysluettelo”' },
  { lang: 'da', title: 'Databaser', sentence: 'Et indeks er tabellens "indholdsfortegnelse"', printed: '»indholdsfortegnelse«' },
  { lang: 'nb', title: 'Databaser', sentence: 'En indeks er tabellens "innholdsfortegnelse"', printed: '«innholdsfortegnelse»' },
  { lang: 'ca', title: 'Bases de dades', sentence: 'Un índex és el "sumari" de la taula', printed: '«sumari»' },
];

const render = createGuideRenderer(assetDirs());

/** The guide's visible text: its body without scripts and styles, soft hyphens dropped. */
function guideText(lang: string, markdown: string): string {
  const html = render(parseDeck(markdown, { file: `${lang}.md`, slug: lang }), { paper: 'a4' });
  const [body] = findAll(parseHtml(html), (el) => el.tagName === 'body');
  for (const el of findAll(body, (e) => e.tagName === 'script' || e.tagName === 'style')) el.children = [];
  return textOf(body).replace(/\u00ad/g, '');
}

describe("quotation marks in the deck's language", () => {
  it.each(CASES)('$lang prints $printed', ({ lang, title, sentence, printed }) => {
    const text = guideText(lang, deck(lang, title, sentence));
    // The question, its card and its answer: the sentence is set three times, in the deck's marks.
    expect(text.split(printed).length - 1).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/[“"]\S[^"”]*[”"]/);
  });
});
