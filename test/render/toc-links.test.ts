import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';

// A bank whose questions are links (to a video or page that explains them): each contents entry
// is a link to its question, and a link inside a link is no HTML. A browser closes the entry's
// link at the inner one, so its number, text and page fell onto three lines.
const renderGuide = createGuideRenderer(assetDirs());

describe('contents entries of questions written as links', () => {
  it('keep number, text and page in one entry link, the question’s own link left out', () => {
    const deck = parseDeck('# T\n\n## S\n\n### [What is a closure?](https://example.org/closure)\n\n> A function with the scope it was made in.\n', {
      file: 'deck.md',
      slug: 'deck',
    });
    const root = parseHtml(renderGuide(deck, { paper: 'a4' }));
    const [entry] = findAll(
      root,
      (el) => el.tagName === 'li' && el.children.some((c) => c.type === 'element' && c.tagName === 'a' && findAll(c, (e) => hasClass(e, 'toc-num')).length > 0),
    );
    expect(entry).toBeDefined();
    const links = findAll(entry, (el) => el.tagName === 'a');
    expect(links).toHaveLength(1);
    expect(findAll(links[0], (el) => hasClass(el, 'toc-text') || hasClass(el, 'toc-page')).length).toBe(2);
    expect(textOf(links[0])).toContain('What is a closure?');
    // The question itself keeps its link in the guide.
    const heading = findAll(root, (el) => el.tagName === 'h3').find((h) => textOf(h).includes('closure'));
    expect(findAll(heading!, (el) => el.tagName === 'a' && el.properties.href === 'https://example.org/closure')).toHaveLength(1);
  });
});
