import { describe, expect, it } from 'vitest';
import { foldPieces } from '../../src/content/layouts/details-boxes.js';

const box = (summary: string, body: string) => `<details><summary>${summary}</summary>${body}</details>`;

describe('foldPieces: where each <details> block closes', () => {
  it('cuts a block nested in another at the close of the outer one, not the inner', () => {
    const html = `Intro\n${box('Example', `a ${box('Inner', 'b')} c`)}\nAfter`;
    expect(foldPieces(html)).toEqual([
      { html: 'Intro\n', fold: false },
      { html: box('Example', `a ${box('Inner', 'b')} c`), fold: true },
      { html: '\nAfter', fold: false },
    ]);
  });

  it('pairs a close with the block it closes, past a stray close before it and an unclosed block after it', () => {
    const html = `</details>\n${box('Example', 'x')}\n<details><summary>Open</summary>never closed`;
    expect(foldPieces(html)).toEqual([
      { html: '</details>\n', fold: false },
      { html: box('Example', 'x'), fold: true },
      { html: '\n<details><summary>Open</summary>never closed', fold: false },
    ]);
  });

  it('folds each of 2,000 blocks nested in one another as the outermost, whole', () => {
    const deep = `${'<details><summary>s</summary>\n'.repeat(2000)}x${'\n</details>'.repeat(2000)}`;
    expect(foldPieces(`${deep}\n`)).toEqual([
      { html: deep, fold: true },
      { html: '\n', fold: false },
    ]);
  });
});
