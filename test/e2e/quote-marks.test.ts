import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * Quotes typed straight print as the deck's language sets them: a Polish, Czech or Hungarian
 * reader expects „…” (Czech „…“), a Greek, Norwegian or Catalan one «…», a Swedish or Finnish ”…”, a Danish »…«; English “…” in a Polish guide is a mistake a
 * proofreader marks. Read from the printed guide.
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

describe("quotation marks in the deck's language", () => {
  it.each(CASES)(
    '$lang prints $printed',
    async ({ lang, title, sentence, printed }) => {
      const out = await buildDeckText(lang, deck(lang, title, sentence), ['guide']);
      const text = pdfText(path.join(out, 'guide.pdf'));
      expect(text).toContain(printed);
      expect(text).not.toMatch(/[“"]\S[^"”]*[”"]/);
    },
    120_000,
  );
});
