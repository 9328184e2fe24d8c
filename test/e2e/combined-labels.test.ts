import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/** A deck in `lang` with one question of each level, written in that language. */
const deck = (lang: string, title: string, sections: [string, string, string][]) =>
  [
    '---',
    `title: ${title}`,
    `lang: ${lang}`,
    '---',
    '',
    ...sections.flatMap(([name, level, question]) => [`## ${name}`, '', `Level: ${level}`, '', `### ${question}`, '', '> —', '']),
  ].join('\n');

describe('the combined cheat sheet, cards and quiz of decks in two other languages', () => {
  it('labels each deck’s questions in that deck’s language: its level badges and its page abbreviation', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'netz.md'),
      deck('de', 'Netzwerke', [
        ['Grundlagen', 'easy', 'Was verbindet ein Switch?'],
        ['Betrieb', 'medium', 'Wie findet man einen Paketverlust?'],
        ['Entwurf', 'hard', 'Wie plant man ein Netz für viele Standorte?'],
      ]),
    );
    await writeFile(
      path.join(dir, 'datos.md'),
      deck('es', 'Bases de datos', [
        ['Fundamentos', 'easy', '¿Qué guarda un índice?'],
        ['Operación', 'medium', '¿Cómo se encuentra una consulta lenta?'],
        ['Diseño', 'hard', '¿Cómo se reparte una tabla entre regiones?'],
      ]),
    );
    const outDir = path.join(dir, 'out');
    const { result } = await buildWith({
      paths: [path.join(dir, 'netz.md'), path.join(dir, 'datos.md')],
      outDir,
      combine: true,
      paper: 'letter',
      outputs: ['guide', 'cheatsheet', 'cards', 'quiz'],
    });
    expect(result.failed).toEqual([]);
    const lines = pdfPages(path.join(outDir, 'all', 'cheatsheet.pdf'))
      .join('\n')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim());
    // The line each question's heading prints on: its number, badge, words and guide page.
    const entry = (words: string) => lines.find((l) => l.includes(words)) ?? `(no line with “${words}”)`;
    expect(entry('Was verbindet ein Switch')).toMatch(/LEICHT .*S\. \d+/);
    expect(entry('Paketverlust')).toMatch(/MITTEL .*S\. \d+/);
    expect(entry('viele Standorte')).toMatch(/SCHWER/);
    expect(entry('Qué guarda un índice')).toMatch(/FÁCIL .*p\. \d+/);
    expect(entry('consulta lenta')).toMatch(/MEDIA/);
    expect(entry('entre regiones')).toMatch(/DIFÍCIL/);
    expect(
      lines.filter((l) => /\b(EASY|MEDIUM|HARD)\b/.test(l)),
      'English badges beside German and Spanish questions',
    ).toEqual([]);
    // One card a page, in question order: the German deck's first, then the Spanish deck's.
    const cards = pdfPages(path.join(outDir, 'all', 'cards.pdf')).map((p) => p.replace(/\s+/g, ' '));
    expect(cards[0]).toMatch(/LEICHT/);
    expect(cards[0]).toMatch(/S\. \d+/);
    expect(cards[3]).toMatch(/FÁCIL/);
    expect(cards[5]).toMatch(/DIFÍCIL/);
    expect(
      cards.filter((c) => /\b(EASY|MEDIUM|HARD)\b|full answer/.test(c)),
      'cards with English labels',
    ).toEqual([]);
    const quiz = pdfPages(path.join(outDir, 'all', 'quiz.pdf'))
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(quiz).toMatch(/Switch\? ●○○ LEICHT/);
    expect(quiz).toMatch(/índice\? ●○○ FÁCIL/);
    expect(quiz, 'English badges in the quiz').not.toMatch(/\b(EASY|MEDIUM|HARD)\b/);
  });
});
