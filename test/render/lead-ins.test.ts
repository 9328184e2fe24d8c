import { describe, expect, it } from 'vitest';
import { markLeadIns } from '../../src/render/lead-ins.js';

describe('lead-in paragraphs', () => {
  it('marks a paragraph ending in a colon before a list, code, table, diagram or quote', () => {
    expect(markLeadIns('<p>Typical jobs:</p>\n<ul><li>a</li></ul>')).toBe('<p class="lead-in">Typical jobs:</p>\n<ul><li>a</li></ul>');
    expect(markLeadIns('<p><strong>Run it:</strong></p><pre><code>x</code></pre>')).toBe(
      '<p class="lead-in"><strong>Run it:</strong></p><pre><code>x</code></pre>',
    );
    expect(markLeadIns('<p>Sizes:</p><table></table>')).toContain('class="lead-in"');
    expect(markLeadIns('<p>Layout:</p><figure class="diagram"><svg></svg></figure>')).toContain('class="lead-in"');
    expect(markLeadIns('<p><strong>Explanation:</strong></p>\n<blockquote>\n<p>It waits.</p>\n</blockquote>')).toBe(
      '<p class="lead-in"><strong>Explanation:</strong></p>\n<blockquote>\n<p>It waits.</p>\n</blockquote>',
    );
  });

  it('marks a paragraph right before a display formula however it ends: the sentence runs on into it', () => {
    expect(markLeadIns('<p>The loss over <span class="katex">n</span> examples is</p>\n<span class="katex-display"><span class="katex">L</span></span>')).toBe(
      '<p class="lead-in">The loss over <span class="katex">n</span> examples is</p>\n<span class="katex-display"><span class="katex">L</span></span>',
    );
    // Inline maths after a paragraph is no display: that paragraph may end a page.
    const inline = '<p>First.</p><p><span class="katex">x</span> is small.</p>';
    expect(markLeadIns(inline)).toBe(inline);
  });

  it('leaves other paragraphs free to end a page', () => {
    const html = '<p>A full sentence.</p><ul><li>a</li></ul><p>Ends with a colon:</p><p>but a paragraph follows.</p><p>Time 10:30 now.</p><ol><li>b</li></ol>';
    expect(markLeadIns(html)).toBe(html);
  });

  it('never reaches across paragraphs to find a colon', () => {
    const html = '<p>First: one.</p><p>Second.</p><ul><li>a</li></ul>';
    expect(markLeadIns(html)).toBe(html);
  });
});

describe('labels and full-width colons', () => {
  it('marks a paragraph ending in the full-width colon before a list or code', () => {
    expect(markLeadIns('<p><strong>选项：</strong></p>\n<ul><li>A</li></ul>')).toContain('<p class="lead-in"><strong>选项：</strong></p>');
    expect(markLeadIns('<p>使用方法：</p><pre><code>x</code></pre>')).toContain('<p class="lead-in">');
  });

  it('marks a short paragraph wholly in bold before any block, as a heading keeps with what follows', () => {
    expect(markLeadIns('<p><strong>通知系统功能</strong></p>\n<ol><li>a</li></ol>')).toBe(
      '<p class="lead-in"><strong>通知系统功能</strong></p>\n<ol><li>a</li></ol>',
    );
    expect(markLeadIns('<p><strong>Use <code>kubectl</code> here</strong></p><pre><code>x</code></pre>')).toContain('<p class="lead-in">');
    expect(markLeadIns('<p><strong>Configuration</strong></p>\n<h4>Files</h4>')).toContain('<p class="lead-in">');
  });

  it('leaves a paragraph only partly bold, a long bold one, or one last in its block, free to end a page', () => {
    const html = `<p><strong>A</strong> and <strong>B</strong></p><ul><li>a</li></ul><p><strong>${'word '.repeat(40)}</strong></p><ul><li>b</li></ul><p><strong>Last</strong></p>`;
    expect(markLeadIns(html)).toBe(html);
  });
});
