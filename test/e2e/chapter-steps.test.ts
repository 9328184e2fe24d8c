import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A chapter of a Chinese bank closing with links to the chapters before and after it (`**导航**`
 * over `[上一章：…](./chapter-04.md) | [返回目录](../README.md) | [下一章：…](./chapter-06.md)`):
 * printed, they led nowhere, and in a Letter guide they stood alone on its last page (5 % full).
 */
const deckFile = 'test/fixtures/chapter-steps/deck.md';

let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('chapter-steps-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(outDir, 'deck', 'guide.pdf')).map(squash);
}, 180_000);

describe('links to the chapters before and after', () => {
  it('are not printed in the guide, and the last answer is', () => {
    const text = pages.join(' ');
    expect(text).toContain('旧的缓存自然不再命中');
    expect(text).not.toMatch(/上一章|下一章|导航/);
  });
});
