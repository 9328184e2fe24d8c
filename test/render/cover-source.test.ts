import { describe, expect, it } from 'vitest';
import { StudyguideError } from '../../src/errors.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';

// The front matter `source` credits where a deck's questions come from; the guide's cover says
// so. Rendered to HTML only: the cover is the first section of guide.html, no browser needed.
const renderGuide = createGuideRenderer(assetDirs());
const coverText = (html: string): string => {
  const [cover] = findAll(parseHtml(html), (el) => el.tagName === 'section' && hasClass(el, 'cover'));
  expect(cover).toBeDefined();
  return textOf(cover);
};
const deck = (frontMatter: string) => parseDeck(`---\n${frontMatter}\n---\n# T\n\n## S\n\n### Q?\n\n> A.\n`, { file: 'deck.md', slug: 'deck' });

describe('source credit on the cover', () => {
  it('prints the front matter source, escaped, on the cover', () => {
    const d = deck('source: "Questions from <Page & Co> — example.org/questions"');
    expect(d.source).toBe('Questions from <Page & Co> — example.org/questions');
    expect(coverText(renderGuide(d, { paper: 'a4' }))).toContain('Questions from <Page & Co> — example.org/questions');
  });

  it('prints no source line when the deck has none', () => {
    const html = renderGuide(deck('title: T'), { paper: 'a4' });
    expect(findAll(parseHtml(html), (el) => hasClass(el, 'cover-source'))).toEqual([]);
  });

  it('rejects a source that is not text, naming the key and its line', () => {
    let error: unknown;
    try {
      deck('title: T\nsource: [a, b]');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toMatch(/^deck\.md:3: front matter "source" must be text — write it as `source: some text`/);
  });

  it('credits the seed page on the bundled infrastructure deck', async () => {
    const bundled = await loadDeck('content/infrastructure-engineer.md');
    expect(bundled.source).toMatch(/Infrastructure Engineer — Interview Questions/);
    expect(coverText(renderGuide(bundled, { paper: 'a4' }))).toContain(bundled.source);
  });
});
