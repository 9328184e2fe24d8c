import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// German compounds, each with the joints between its words: a narrow column should break there.
const COMPOUNDS = [
  'Daten|übertragungs|volumen',
  'Implementierungs|aufwand',
  'Konflikt|erkennungs|mechanismus',
  'Benutzer|oberflächen|initialisierung',
  'Stand|ort|aktualisierungs|anforderungen',
  'Zeitstempel|vergleich',
  'Synchronisierungs|dienst',
  'Kamera|vorschau|wieder|aufnahme',
];
const plain = (c: string) => c.replaceAll('|', '');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const DECK = [
  '---',
  'lang: de',
  '---',
  '# Abgleich',
  '',
  '## Tabellen',
  '',
  '### Wie vergleicht man die Strategien?',
  '',
  '> Nach Aufwand.',
  '',
  row(['Strategie', 'Konfliktbehandlung', plain(COMPOUNDS[0]), plain(COMPOUNDS[1])]),
  row(['---', '---', '---', '---']),
  row([plain(COMPOUNDS[2]), plain(COMPOUNDS[3]), 'gering', 'niedrig']),
  row([plain(COMPOUNDS[4]), plain(COMPOUNDS[5]), 'mittel', plain(COMPOUNDS[6])]),
  row([plain(COMPOUNDS[7]), 'automatisch', 'hoch', 'sehr hoch']),
  '',
].join('\n');

/** Every run of a compound from one joint (or its start) to another (or its end): the pieces a cell line may hold. */
const pieces = new Set(
  COMPOUNDS.flatMap((c) => {
    const parts = c.split('|');
    return parts.flatMap((_p, i) =>
      parts.slice(i).map((_q, j) =>
        parts
          .slice(i, i + j + 1)
          .join('')
          .toLowerCase(),
      ),
    );
  }),
);

describe('a German compound in a narrow table column', () => {
  let broken: string[] = [];
  beforeAll(async () => {
    const file = path.join(await buildDeckText('abgleich', DECK, ['guide']), 'guide.pdf');
    const page = pdfWords(file).find((p) => p.words.some((w) => w.text === 'Strategie'))!;
    // The words a cell line ends with a hyphen: a compound broken there.
    broken = page.words.filter((w) => /\p{L}-$/u.test(w.text)).map((w) => w.text.slice(0, -1));
  });

  it('breaks between the words it is made of, not inside one (“Daten-|übertragungs-|volumen”, never “übertra-|gungsvo-”)', () => {
    expect(broken.length).toBeGreaterThan(3);
    // A line's fragment is a run of whole words of the compound: its start, or what follows a break before it.
    const inside = broken.filter((f) => !pieces.has(f.toLowerCase()));
    expect(inside).toEqual([]);
  });
});
