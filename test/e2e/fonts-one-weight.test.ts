import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';

/**
 * The bundled emoji, symbol and maths faces have one weight. In the bold text of a Korean deck
 * (its title, a bold word) the ☕️ of its title printed as a Type 3 font in every output: the
 * glyph emboldened by Chromium itself (an English deck of the same shape printed it from the emoji
 * file). Declared for every weight, these faces print from their one real file.
 */

/** The types of the fonts `pdffonts` lists, one per font. */
const fontTypes = (pdf: string): string[] =>
  execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((row) => row.slice(37, 54).trim());

// A Korean deck (its title over <details> folds, as some banks are written): the ☕️ of its bold title printed as Type 3.
const DECK = [
  '## ☕️ 자바 질문 ✓',
  '',
  '<details>',
  '<summary>자바의 **가비지 컬렉션 ☕️ →** 은 무엇인가요?</summary>',
  '<br/>',
  '쓰지 않는 객체의 메모리를 **자동으로 ✓ ≤** 되돌려 받는 일입니다.',
  '',
  '</details>',
].join('\n');

const OUTPUTS = ['guide', 'cheatsheet', 'cards'];

describe('emoji, check marks and arrows in the bold text of a Korean deck', () => {
  let out = '';
  beforeAll(async () => {
    out = await buildDeckText('java', DECK, OUTPUTS);
  });

  it.each(OUTPUTS)('%s: print from the bundled files, none as a Type 3 font', (output) => {
    const types = fontTypes(path.join(out, `${output}.pdf`));
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter((t) => t === 'Type 3')).toEqual([]);
  });
});
