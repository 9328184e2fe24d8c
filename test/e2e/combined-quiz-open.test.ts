import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// Each deck answers one question and leaves two open (a quiz of open questions alone has no key).
const deck = (lang: string, title: string, first: string, second: string) =>
  [
    '---',
    `title: ${title}`,
    `lang: ${lang}`,
    '---',
    '',
    '## A',
    '',
    '### 1 + 1?',
    '',
    '> 2',
    '',
    `### ${first}`,
    '',
    'Status: open',
    '',
    `### ${second}`,
    '',
    'Status: open',
    '',
  ].join('\n');

describe('the answer key of a combined quiz', () => {
  it('says "no answer yet" in the language of each open question’s deck', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'netz.md'), deck('de', 'Netzwerke', 'Was verbindet ein Switch?', 'Wie plant man ein Netz für viele Standorte?'));
    await writeFile(path.join(dir, 'datos.md'), deck('es', 'Bases de datos', '¿Qué guarda un índice?', '¿Cómo se reparte una tabla entre regiones?'));
    const outDir = path.join(dir, 'out');
    const { result } = await buildWith({ paths: [path.join(dir, 'netz.md'), path.join(dir, 'datos.md')], outDir, combine: true, outputs: ['quiz'] });
    expect(result.failed).toEqual([]);
    const pages = pdfPages(path.join(outDir, 'all', 'quiz.pdf'));
    // The key's two columns print side by side: each deck's labels counted, not read in order.
    const key = pages.join('\n').replace(/\s+/g, ' ');
    const count = (label: string) => key.split(label).length - 1;
    expect([count('Noch keine Antwort.'), count('Aún sin respuesta.'), count('No answer yet.')]).toEqual([2, 2, 0]);
  });
});
