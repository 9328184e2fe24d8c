import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';
import type { Element } from 'hast';

// A bank grouped by colon lines (`Hands-on Questions:` over two sections, then `Team
// Questions:` with questions of its own) prints two parts; the second part is that section
// itself, so its questions sit under the part's title in the contents, not under a section.
const bank = readFileSync('test/fixtures/part-own-questions/platform.md', 'utf8');

const renderGuide = createGuideRenderer(assetDirs());
const root = parseHtml(renderGuide(parseDeck(bank, { file: 'platform.md', slug: 'platform' }), { paper: 'a4' }));
const byClass = (within: Element | typeof root, name: string) => findAll(within, (el) => hasClass(el, name));

describe('a part made of a section with its own questions', () => {
  it('lists those questions under the part in the contents', () => {
    const parts = byClass(root, 'toc-part');
    expect(parts.map((p) => textOf(byClass(p, 'toc-text')[0]))).toEqual(['Hands-on Questions', 'Team Questions']);
    const listed = (p: Element) => byClass(p, 'toc-questions').flatMap((ol) => byClass(ol, 'toc-text').map(textOf));
    expect(listed(parts[0])).toEqual([
      'How does a packet find its way to another subnet?',
      'What does a load balancer check before it sends traffic?',
      'When is a RAID array no backup?',
      'How do you grow a volume while it is mounted?',
    ]);
    expect(listed(parts[1])).toEqual(['Tell me about an outage you handled at night.', 'How do you hand over a pager week?']);
    expect(byClass(parts[1], 'toc-num').map(textOf)).toEqual(['Q5', 'Q6']);
  });

  it('gives the part title once: no section line repeats it over its questions', () => {
    const parts = byClass(root, 'toc-part');
    const sectionLinks = byClass(parts[1], 'toc-section').flatMap((s) => s.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'a'));
    expect(sectionLinks).toEqual([]);
  });
});
