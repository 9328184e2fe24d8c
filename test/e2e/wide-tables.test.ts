import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildDeckText, buildWith, tempDir } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Two wide tables as a frontend bank writes them: six columns of short words, and five.
const DECK = [
  '# Frontend Tables',
  '',
  '## CSS',
  '',
  '### Compare the ways to hide an element',
  '',
  '> display: none removes it; visibility: hidden keeps its space; a visually-hidden class keeps it for screen readers.',
  '',
  '| Technique | Takes space | Read by screen readers | Focusable | Animatable | Use for |',
  '| --- | --- | --- | --- | --- | --- |',
  '| display: none | no | no | no | no (until recently) | closed panels, tabs |',
  '| hidden attribute | no | no | no | no | content not yet relevant |',
  '| visibility: hidden | yes | no | no | yes | fading menus |',
  '| opacity: 0 | yes | yes | yes | yes | transitions only, never to hide |',
  '',
  '### Compare the JavaScript module systems',
  '',
  '> ES modules are static and standard; CommonJS is dynamic and synchronous.',
  '',
  '| System | Syntax | Loading | Static analysis | Where it runs |',
  '| --- | --- | --- | --- | --- |',
  '| ES modules | import / export | asynchronous | yes | browsers, Node, Deno, bundlers |',
  '| CommonJS | require / module.exports | synchronous | partial | Node, bundlers |',
  '| AMD | define / require | asynchronous | no | legacy RequireJS sites |',
  '',
].join('\n');

describe('a wide table in the guide', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('frontend-tables', DECK, ['guide']), 'guide.pdf');
  });

  it('keeps its short words whole when it fits the text width so, and still fits it', () => {
    const pages = pdfWords(file);
    const words = pages.flatMap((p) => p.words.map((w) => w.text));
    // Broken at a syllable they read "at-|tribute", "re-|cently", "asyn-|chronous" in roomy columns.
    for (const whole of ['attribute', 'recently)', 'asynchronous', 'synchronous']) expect(words, whole).toContain(whole);
    const body = pages.find((p) => p.words.some((w) => w.text === 'attribute'))!;
    // Nothing runs into the margin: every word stays over half an inch from the paper's edge (the margins are wider).
    expect(Math.max(...body.words.map((w) => w.xMax))).toBeLessThanOrEqual(body.width - 36);
  });
});

// A narrow German table of compounds beside roomy columns, and a Spanish one headed by a long word over short figures.
const COMPOUNDS = [
  '---',
  'lang: de',
  '---',
  '',
  '# Datenpipelines',
  '',
  '## Grundlagen',
  '',
  '### Was unterscheidet ETL von ELT?',
  '',
  '> Bei ETL wird vor dem Laden transformiert, bei ELT danach im Zielsystem.',
  '',
  '| Merkmal | ETL | ELT |',
  '| --- | --- | --- |',
  '| Transformationszeitpunkt | vor dem Laden | nach dem Laden |',
  '| Rohdatenaufbewahrung | meist nicht | ja, im Zielsystem |',
  '| Datenschutzgrundverordnungskonformitätsprüfungsverfahren | leichter zu erreichen, weil personenbezogene Felder früh entfernt werden | erfordert Zugriffsbeschränkungen im Datenlager |',
  '',
  '### ¿Cómo funciona la especificidad?',
  '',
  '> Se comparan tuplas (ID, clase, elemento).',
  '',
  '| Selector | Especificidad | Comentario |',
  '| --- | --- | --- |',
  '| `p` | (0,0,1) | un elemento |',
  '| `.aviso p` | (0,1,1) | clase y elemento |',
  '',
].join('\n');

describe('a narrow table of long words in the guide', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('compounds', COMPOUNDS, ['guide']), 'guide.pdf');
  });

  it('keeps each word whole that its column has room for, breaking only one too long to fit', () => {
    const pages = pdfWords(file);
    const words = pages.flatMap((p) => p.words.map((w) => w.text));
    // Broken at a syllable beside roomy columns, they read "Transformationszeit-|punkt", "Rohdatenaufbewah-|rung", "Especifici-|dad".
    for (const whole of ['Transformationszeitpunkt', 'Rohdatenaufbewahrung', 'Zugriffsbeschränkungen', 'personenbezogene', 'Especificidad'])
      expect(words, whole).toContain(whole);
    expect(words).not.toContain('Datenschutzgrundverordnungskonformitätsprüfungsverfahren');
    expect(words.some((w) => /^Datenschutz.*-$/.test(w))).toBe(true);
    const body = pages.find((p) => p.words.some((w) => w.text === 'Transformationszeitpunkt'))!;
    expect(Math.max(...body.words.map((w) => w.xMax))).toBeLessThanOrEqual(body.width - 36);
  });
});

/** A table of `cols` columns of short words, as a comparison matrix is written. */
function matrix(cols: number, cell: (i: number) => string): string {
  const row = (f: (i: number) => string) => `| ${Array.from({ length: cols }, (_, i) => f(i)).join(' | ')} |`;
  return [row((i) => `col${i}`), row(() => '---'), row(cell), row(cell)].join('\n');
}

describe('a table wider than the page in the guide', () => {
  const deck = [
    '# Matrices',
    '',
    '## Tables',
    '',
    '### Which flags does each tool take?',
    '',
    '> Most take all of them.',
    '',
    matrix(25, (i) => `x${i}`),
    '',
    '### And a table no page can hold?',
    '',
    '> Sixty columns.',
    '',
    matrix(60, (i) => `value${i}`),
    '',
  ].join('\n');
  let file = '';
  let warnings: { line?: number; message: string }[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'matrices.md'), deck);
    const { result, events } = await buildWith({ paths: [path.join(dir, 'matrices.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    file = path.join(dir, 'out', 'matrices', 'guide.pdf');
    warnings = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'wide-table' ? [e.diagnostic] : []));
  });

  it('prints every column of 25 inside the page, in smaller type', () => {
    const page = pdfWords(file).find((p) => p.words.some((w) => w.text === 'x0'))!;
    const texts = page.words.map((w) => w.text);
    // The last columns ran off the page's edge, cut off in the PDF: x20 was the last one printed.
    for (const i of [0, 12, 23, 24]) expect(texts, `x${i}`).toContain(`x${i}`);
    expect(Math.max(...page.words.filter((w) => /^x\d+$/.test(w.text)).map((w) => w.xMax))).toBeLessThanOrEqual(page.width - 36);
  });

  it("says which tables broke their words or still lost columns, at their questions' lines", () => {
    expect(warnings.map((w) => w.line)).toEqual([5, 14]);
    expect(warnings[0].message).toMatch(/words broken/);
    expect(warnings[1].message).toMatch(/cut off/);
  });
});

// Six columns of Spanish prose with SQL keywords as code in the first: `LATERAL` printed
// "LATERA|L", its column squeezed to almost nothing because code in a cell could break anywhere.
const KEYWORDS = [
  '---',
  'lang: es',
  '---',
  '# Tablas de SQL',
  '',
  '## Uniones',
  '',
  '### ¿Cómo se comparan los tipos de unión?',
  '',
  '> La interna conserva las coincidencias; las externas conservan también las filas sin pareja.',
  '',
  '| Tipo | Filas de la izquierda sin pareja | Filas de la derecha sin pareja | Uso típico | Coste relativo | Índice recomendado |',
  '| --- | --- | --- | --- | --- | --- |',
  '| `INNER JOIN` | Se descartan | Se descartan | Datos relacionados obligatorios | Bajo | Clave foránea |',
  '| `LEFT JOIN` | Se conservan con `NULL` | Se descartan | Relaciones opcionales | Bajo | Clave foránea |',
  '| `FULL OUTER JOIN` | Se conservan | Se conservan | Conciliación de dos fuentes | Medio | Ambas claves |',
  '| `CROSS JOIN` | No aplica | No aplica | Generar combinaciones | Alto | Ninguno |',
  '| `LATERAL` | Según el tipo | Según el tipo | Subconsulta por fila | Variable | Columna correlacionada |',
  '',
].join('\n');

describe('code in a wide table', () => {
  it('keeps a short keyword whole rather than break it anywhere', async () => {
    const file = path.join(await buildDeckText('sql-tables', KEYWORDS, ['guide']), 'guide.pdf');
    const pages = pdfWords(file);
    const words = pages.flatMap((p) => p.words.map((w) => w.text));
    for (const whole of ['LATERAL', 'INNER', 'OUTER', 'CROSS', 'JOIN']) expect(words, whole).toContain(whole);
    const body = pages.find((p) => p.words.some((w) => w.text === 'LATERAL'))!;
    expect(Math.max(...body.words.map((w) => w.xMax))).toBeLessThanOrEqual(body.width - 36);
  });
});
