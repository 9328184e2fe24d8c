import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * Quotes typed straight print as the deck's language sets them: a Polish, Czech or Hungarian
 * reader expects „…” (Czech „…“), a Greek one «…»; English “…” in a Polish guide is a mistake a
 * proofreader marks. Read from the printed guide.
 */
const deck = (lang: string, title: string, sentence: string) =>
  ['---', `lang: ${lang}`, '---', `# ${title}`, '', '## 1', '', `### ${sentence}?`, '', `> ${sentence}.`, '', `${sentence}.`, ''].join('\n');

const CASES = [
  { lang: 'pl', title: 'Bazy danych', sentence: 'Indeks jest "spisem treści" tabeli', printed: '„spisem treści”' },
  { lang: 'cs', title: 'Databáze', sentence: 'Index je "obsahem" tabulky', printed: '„obsahem“' },
  { lang: 'hu', title: 'Adatbázisok', sentence: 'Az index a tábla "tartalomjegyzéke"', printed: '„tartalomjegyzéke”' },
  { lang: 'el', title: 'Βάσεις δεδομένων', sentence: 'Το ευρετήριο είναι ο "πίνακας περιεχομένων"', printed: '«πίνακας περιεχομένων»' },
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
