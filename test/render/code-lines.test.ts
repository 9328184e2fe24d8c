import { describe, expect, it } from 'vitest';
import { splitCodeLines } from '../../src/render/code-lines.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { highlightCode } from '../../src/content/highlight-code.js';

// A code block prints one span per source line, so a wrapped line hangs under its own start.
// A line of minified code or a pasted blob (tens of thousands of characters) took Chromium
// minutes to lay out whole and timed the print out: it prints plain, in pieces hung the same way.
const answerOf = (code: string) =>
  parseDeck(`# T\n\n## S\n\n### Q?\n\n> ok\n\n\`\`\`js\n${code}\n\`\`\`\n`, { file: 'x.md', slug: 'x', plugins: [highlightCode] }).sections[0].questions[0]
    .answerHtml;
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&');

describe('code lines', () => {
  it('wraps each source line in its own span, with its indentation', () => {
    const html = splitCodeLines('<pre><code>if x:\n    y()\n</code></pre>');
    expect(html).toBe('<pre><code><span class="code-line">if x:</span><span class="code-line" style="--indent: 4">    y()</span></code></pre>');
  });

  it("keeps a short hyphenated word's hyphens with the letters after them, and a long one free to wrap there", () => {
    const html = splitCodeLines('<pre><code>run --bind x-1 a - b --this-option-name-is-far-too-long-to-keep</code></pre>');
    expect(html).toContain('run <span class="nobr">--b</span>ind x<span class="nobr">-1</span> a - b');
    expect(html).toContain('--this-option-name-is-far-too-long-to-keep');
  });

  it('keeps the hyphens of each part of a long dotted host name, and lets it wrap before a dot', () => {
    const html = splitCodeLines('<pre><code>ssh orders-api-canary.prod-eu-west-1.internal.example.com</code></pre>');
    expect(html).toContain(
      'orders<span class="nobr">-a</span>pi<span class="nobr">-c</span>anary<wbr>.prod<span class="nobr">-e</span>u<span class="nobr">-w</span>est<span class="nobr">-1</span><wbr>.internal',
    );
  });

  it('prints a line of 40,000 characters in pieces, none over 500, with every character kept', () => {
    const line = 'a<b&&c;'.repeat(6000);
    const html = splitCodeLines(answerOf(line));
    const pieces = html
      .split(/(?=<span class="code-line)/)
      .slice(1)
      .map((p) => [p, /^<span class="code-line( code-more)?"/.exec(p)![1], p.replace(/<\/code>[\s\S]*$/, '')]);
    expect(pieces.length).toBeGreaterThan(80);
    expect(pieces.slice(1).every((p) => p[1] === ' code-more')).toBe(true);
    expect(pieces.every((p) => text(p[2]).length <= 500)).toBe(true);
    expect(pieces.map((p) => text(p[2])).join('')).toBe(line);
  });

  it('leaves a block with such a line unhighlighted, and highlights ordinary code', () => {
    expect(answerOf(`const x = 1; ${'y = 2; '.repeat(200)}`)).not.toContain('hljs-');
    expect(answerOf('const x = 1;')).toContain('hljs-');
  });
});
