import { describe, expect, it } from 'vitest';
import { markTallHeadings } from '../../src/render/mark-tall-headings.js';

describe('markTallHeadings', () => {
  it('marks a heading that sets Chinese, Japanese or Korean characters, whatever the page language', () => {
    expect(markTallHeadings('<h5 id="a">缓存产物 <code>cache</code></h5>')).toBe('<h5 id="a" data-tall>缓存产物 <code>cache</code></h5>');
    expect(markTallHeadings('<h3>ひらがな</h3><h4>컨테이너</h4>')).toBe('<h3 data-tall>ひらがな</h3><h4 data-tall>컨테이너</h4>');
    expect(markTallHeadings('<p class="quiz-answer-q">什么是 Pod？</p>')).toBe('<p class="quiz-answer-q" data-tall>什么是 Pod？</p>');
  });

  it('leaves Latin headings, paragraphs and characters only inside a tag alone', () => {
    const html = '<h2 class="section-title" style="--title-run: 2">Deployments</h2><p>多种触发</p><h3><a title="多">Pods</a></h3>';
    expect(markTallHeadings(html)).toBe(html);
  });
});
