import { describe, expect, it } from 'vitest';
import { createHtmlRenderer, parseMarkdown } from '../../src/content/markdown.js';
import type { Diagnostic } from '../../src/model/deck.js';

const render = createHtmlRenderer();
const html = (markdown: string, heading: boolean): string => {
  const diagnostics: Diagnostic[] = [];
  return render(parseMarkdown(markdown).children, { file: 'deck.md', line: 1, diagnostics, heading }).replace(/^<p>|<\/p>$/g, '');
};

describe('numberCompounds', () => {
  it('keeps a number compound whole in prose and in a heading', () => {
    expect(html('a rolling 7-day mean', false)).toBe('a rolling <span class="nobr">7-day</span> mean');
    expect(html('a rolling 7-day mean', true)).toBe('a rolling <span class="nobr">7-day</span> mean');
  });

  it('keeps a short word compound whole in a heading only', () => {
    expect(html('A strategy with point-in-time recovery?', true)).toBe('A strategy with <span class="nobr">point-in-time</span> recovery?');
    expect(html('A strategy with point-in-time recovery?', false)).toBe('A strategy with point-in-time recovery?');
  });

  it('reads a decimal number compound as one, and leaves a compound over 20 characters free to break', () => {
    expect(html('2,5-fach schneller', true)).toBe('<span class="nobr">2,5-fach</span> schneller');
    expect(html('das Hochverfügbarkeits-Infrastrukturteam', true)).toBe('das Hochverfügbarkeits-Infrastrukturteam');
  });

  it('leaves code and links alone and takes the text back up after them', () => {
    expect(html('*read-only* `git-log` [a-b](https://x.org/a-b) follow-up', true)).toBe(
      '<em><span class="nobr">read-only</span></em> <code class="unbroken">git-log</code> <a href="https://x.org/a-b">a-b</a> <span class="nobr">follow-up</span>',
    );
  });
});
