import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { findAll, parseHtml } from './html-dom.js';

/**
 * A section written in another language than its deck's (a Korean section of an English bank)
 * printed the deck's labels beside its answers ("In short:", "EASY"): it now prints its own
 * language's, while the question numbers stay the document's ("Q3", as the contents cite them).
 */
describe('the labels of a section in another language', () => {
  const deck = parseDeck(
    [
      '---',
      'lang: en',
      '---',
      '# Containers',
      '',
      '## Basics',
      '',
      '### What does a container share with its host?',
      '',
      'Level: easy',
      '',
      '> The kernel: only the processes are kept apart.',
      '',
      '## 운영',
      '',
      '### 헬스 체크는 무엇을 확인하나요?',
      '',
      'Level: easy',
      '',
      '> 프로세스가 요청을 실제로 처리할 수 있는지 주기적으로 확인하고, 실패하면 재시작합니다.',
      '',
      '컨테이너가 살아 있어도 요청을 처리하지 못할 수 있으므로 실제 응답을 확인해야 합니다.',
      '',
    ].join('\n'),
    { file: 'deck.md', slug: 'deck' },
  );
  const html = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
  const articles = findAll(parseHtml(html), (el) => el.tagName === 'article');
  const text = (i: number) => toText(articles[i]).replace(/\s+/g, ' ');

  it('is known to the model', () => {
    expect(deck.sections.map((s) => s.lang)).toEqual([undefined, 'ko']);
  });

  it("prints that language's labels, the deck's in the deck's sections", () => {
    expect(text(0)).toContain('In short:');
    expect(text(1)).toContain('요약:');
    expect(text(1)).not.toContain('In short:');
    expect(text(1)).toContain('쉬움');
  });

  it("keeps the document's question numbers", () => {
    expect(text(1)).toMatch(/Q2\b/);
  });
});
