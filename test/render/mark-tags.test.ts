import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';

// A bank's single ⭐ on its must-know questions becomes their tag (content/layouts/star-levels.ts):
// the guide printed it as "#⭐", a hashtag no reader of the bank wrote or expects.
const deck = parseDeck(readFileSync('test/fixtures/mark-tags/sorting.md', 'utf8'), { file: 'sorting.md', slug: 'sorting' });
const tagItems = (html: string) =>
  [...html.matchAll(/<ul class="tags">(.*?)<\/ul>/g)].map((m) => [...m[1].matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((l) => l[1].replace(/<[^>]*>/g, '')));

describe('question tags in the guide', () => {
  it('print a mark tag as the mark itself (⭐ filled, as ★), and a word tag with its #, escaped once', () => {
    expect(deck.sections[0].questions.map((q) => q.tags)).toEqual([['⭐'], ['algorithms', 'a&b']]);
    const guide = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
    expect(tagItems(guide)).toEqual([['★'], ['#algorithms', '#a&amp;b']]);
    // Escaped once: a tag's & is markup's &amp;, never &amp;amp; (printed as "&amp;").
    expect(guide).not.toContain('&amp;amp;');
    expect(guide).not.toContain('#⭐');
    expect(guide).toContain('<span class="tag-mark">★</span>');
  });

  it('keep the tag as written on its list item, for the tag menu on screen', () => {
    const guide = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
    expect([...guide.matchAll(/<li data-tag="([^"]*)">/g)].map((m) => m[1])).toEqual(['⭐', 'algorithms', 'a&amp;b']);
  });
});
