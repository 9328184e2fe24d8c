import { describe, expect, it } from 'vitest';
import { markShortBlocks } from '../../src/render/short-blocks.js';

const long = 'word '.repeat(60).trim();

describe('short paragraphs and list items', () => {
  it('marks those of three lines or fewer, keeping their own classes', () => {
    expect(markShortBlocks('<ul><li>A short item.</li></ul><p class="lead-in">Then:</p>')).toBe(
      '<ul><li class="keep-whole">A short item.</li></ul><p class="keep-whole lead-in">Then:</p>',
    );
  });

  it('leaves longer ones free to split, counting printed characters (no tags, soft hyphens)', () => {
    expect(markShortBlocks(`<p>${long}</p>`)).toBe(`<p>${long}</p>`);
    const shy = `<p><em>${'re\u00adsource&shy;s '.repeat(26)}</em></p>`;
    expect(markShortBlocks(shy)).toContain('keep-whole');
  });

  it('counts fewer characters to three lines on a narrower page', () => {
    const item = `<li>${'x'.repeat(250)}</li>`;
    expect(markShortBlocks(item, 1)).toContain('keep-whole');
    expect(markShortBlocks(item, 0.88)).toBe(item);
  });

  it('marks only blocks without blocks inside (the inner paragraph of a loose item, not a nesting item)', () => {
    const html = '<ul><li><p>Loose.</p></li><li>Outer<ul><li>inner</li></ul></li></ul><pre><code>x</code></pre>';
    expect(markShortBlocks(html)).toBe(
      '<ul><li><p class="keep-whole">Loose.</p></li><li>Outer<ul><li class="keep-whole">inner</li></ul></li></ul><pre><code>x</code></pre>',
    );
  });
});
