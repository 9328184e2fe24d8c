import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfPages } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * Polish and Czech typesetting never ends a line on a one-letter word ("w", "i", "z", "k", "v"):
 * a proofreader marks each such orphan. Paragraphs full of them, read line by line from the guide.
 */
const PROSE: Record<string, string> = {
  pl: 'Dane trafiają do bufora i w końcu z pamięci na dysk, a o kolejności decyduje u nas planista. '.repeat(12),
  cs: 'Data jdou do vyrovnávací paměti a v pořadí k disku, o pořadí rozhoduje s plánovačem i jádro. '.repeat(12),
};
const ONE_LETTER = /(?:^|\s)[aiouwzkvsAIOUWZKVS]$/;

describe('one-letter words in Polish and Czech', () => {
  it.each(Object.keys(PROSE))(
    '%s: no line of the guide ends on one',
    async (lang) => {
      const md = [
        '---',
        `lang: ${lang}`,
        '---',
        '# Bufory',
        '',
        '## 1',
        '',
        '### Jak działa bufor?',
        '',
        `> ${PROSE[lang].slice(0, 90)}`,
        '',
        PROSE[lang],
        '',
      ].join('\n');
      const out = await buildDeckText(lang, md, ['guide']);
      const lines = pdfPages(path.join(out, 'guide.pdf'), true).flatMap((p) => p.split('\n').map((l) => l.trimEnd()));
      expect(lines.filter((l) => l.length > 40).length, 'the paragraph is set').toBeGreaterThan(5);
      // The cover's letter-spaced kicker ("M A T E R I A Ł Y") is not prose.
      expect(lines.filter((l) => ONE_LETTER.test(l) && !/(?:\S ){5}/.test(l))).toEqual([]);
    },
    120_000,
  );
});
