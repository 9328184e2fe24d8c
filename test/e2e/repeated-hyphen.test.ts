import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfToolOutput } from '../pdf-tool-output.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * Portuguese sets a line broken at a word's hyphen with the hyphen again at the next line's
 * start ("descompactá-" over "-los"): Chromium broke after the hyphen and the next line opened
 * with "los", read as a word of its own. The list item below breaks there on A4.
 */
const DECK = `---
title: Formatos colunares
lang: pt
---

# Formatos colunares

## Armazenamento

### O que é um formato colunar e por que ele acelera consultas analíticas?

> Grava os valores de cada coluna juntos: a consulta lê só as colunas pedidas, e valores parecidos lado a lado comprimem muito melhor.

Num arquivo orientado a linhas (CSV, Avro) cada registro fica inteiro e contíguo. Num arquivo colunar (Parquet, ORC) os valores de uma mesma coluna ficam agrupados em blocos.

- **Projeção:** uma consulta que soma \`valor_total\` lê apenas essa coluna, ignorando dezenas de outras.
- **Compressão:** valores homogêneos aceitam codificação por dicionário e por comprimento de sequência.
- **Estatísticas:** cada grupo de linhas guarda mínimo e máximo por coluna, permitindo descartar blocos inteiros sem descompactá-los (predicado empurrado para baixo).
`;

let file = '';
beforeAll(async () => {
  const dir = await tempDir('hifen-');
  await writeFile(path.join(dir, 'hifens.md'), DECK);
  const { result } = await buildWith({ paths: [path.join(dir, 'hifens.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  file = path.join(dir, 'out', 'hifens', 'guide.pdf');
}, 120_000);

describe('a Portuguese line broken at a hyphen', () => {
  it('opens the next line with the hyphen again, printed with a real glyph', () => {
    const lines = pdfPages(file, true)
      .join('\n')
      .split('\n')
      .map((l) => l.trim());
    const end = lines.findIndex((l) => l.endsWith('descompactá-'));
    expect(end, 'a line ending at the hyphen of "descompactá-los"').toBeGreaterThan(0);
    // Its text is a plain hyphen, so a search typed with "-" finds the word; the printed glyph is the font's own.
    expect(lines[end + 1]).toMatch(/^-los \(predicado/u);
    const trace = pdfToolOutput('mutool', ['trace'], file, []);
    expect(trace).not.toContain('unicode="\u2011"');
    expect(trace).not.toMatch(/ glyph="0"/);
  });
});
