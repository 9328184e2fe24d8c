import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const PARAGRAPH =
  'Ein Netzwerk verbindet Rechner, damit sie Daten austauschen. Die Schichten trennen Aufgaben voneinander, so dass jede Schicht nur mit ihren Nachbarn spricht. In der Praxis prüft man zuerst die Verbindung, dann die Namensauflösung und zuletzt die Anwendung selbst, bevor man tiefer sucht.';
const LAST_WORDS = 'Zuletzt bleibt der Plan für den Ausfall.';

/** A German deck whose last question ends a little way down a page, then short closing notes. */
function germanDeck(): string {
  const sections: [string, string, number, number][] = [
    ['Grundlagen', 'easy', 4, 2],
    ['Betrieb', 'medium', 4, 3],
    // Four: with sections run on under pages less than two-thirds full (their first question let
    // break), three left the last question ending at the foot of a page, no room for the notes.
    ['Entwurf', 'hard', 4, 2],
  ];
  const body = sections.flatMap(([name, level, count, paragraphs]) => [
    `## ${name}`,
    '',
    `Level: ${level}`,
    '',
    ...Array.from({ length: count }, (_, i) => {
      const last = name === 'Entwurf' && i === count - 1;
      const answer = Array.from({ length: last ? 3 : paragraphs }, () => PARAGRAPH);
      if (last) answer.push(LAST_WORDS);
      return [`### Wie lautet Frage ${i + 1} zum Thema ${name}?`, '', '> Verbindung, Namen, Anwendung.', '', answer.join('\n\n'), ''].join('\n');
    }),
  ]);
  return [
    '---',
    'title: Netzwerke',
    'lang: de',
    '---',
    '',
    ...body,
    '## Abschluss',
    '',
    'Viel Erfolg beim Gespräch und wiederholen Sie die Karten am Vortag.',
    '',
  ].join('\n');
}

describe('a combined Letter guide', () => {
  it('sets a deck’s short closing notes under its last question when that page is less than half full, not on a page of their own', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'netz.md'), germanDeck());
    await writeFile(
      path.join(dir, 'datos.md'),
      [
        '---',
        'title: Bases de datos',
        'lang: es',
        '---',
        '',
        '## Fundamentos',
        '',
        '### ¿Qué guarda un índice?',
        '',
        '> Claves y posiciones.',
        '',
        '## Cierre',
        '',
        'Mucha suerte.',
        '',
      ].join('\n'),
    );
    const outDir = path.join(dir, 'out');
    const { result } = await buildWith({
      paths: [path.join(dir, 'netz.md'), path.join(dir, 'datos.md')],
      outDir,
      combine: true,
      paper: 'letter',
      outputs: ['guide'],
    });
    expect(result.failed).toEqual([]);
    const pages = pdfPages(path.join(outDir, 'all', 'guide.pdf'), true);
    // The heading as a line of its own: not the running head beside the deck's title, nor the contents' entry.
    const notes = pages.findIndex((p) => p.split('\n').some((l) => l.trim() === 'Abschluss'));
    expect(notes, 'the page of the closing notes').toBeGreaterThan(0);
    expect(pages[notes], 'the last question ends on the page of the closing notes').toContain(LAST_WORDS);
  });
});
