import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { combineDecks } from '../../src/content/combine-decks.js';
import { assetDirs } from '../../src/render/assets.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';

// A combined cheat sheet names each deck once, over its sections, which keep their own short
// titles (the flat "Deck · Section" took two lines of a column per section).
const render = createCheatsheetRenderer(assetDirs());
const deck = (slug: string, title: string) =>
  parseDeck(`# ${title}\n## Basics\n### What is DNS?\n> Names.\n## More\n### What is TCP?\n> A stream.\n`, { file: `${slug}.md`, slug });
const combined = combineDecks([deck('one', 'Deck One'), deck('two', 'Deck Two')]);

describe('a combined cheat sheet', () => {
  it('titles each part once, above its first section, and its sections by their own titles', () => {
    const root = parseHtml(render(combined, { paper: 'a4' }));
    const heads = findAll(root, (el) => el.tagName === 'h2' || hasClass(el, 'sheet-part')).map(
      (el) => `${el.tagName === 'h2' ? 'section' : 'part'}: ${textOf(el)}`,
    );
    expect(heads).toEqual(['part: Deck One', 'section: Basics', 'section: More', 'part: Deck Two', 'section: Basics', 'section: More']);
  });

  it('keeps a single deck as it was: sections by their titles, no part heads', () => {
    const root = parseHtml(render(deck('one', 'Deck One'), { paper: 'a4' }));
    expect(findAll(root, (el) => hasClass(el, 'sheet-part'))).toEqual([]);
    expect(findAll(root, (el) => el.tagName === 'h2').map(textOf)).toEqual(['Basics', 'More']);
  });

  it('badges each part’s questions with its own deck’s labels: its language and its overrides', () => {
    const own = (slug: string, lang: string) =>
      parseDeck(`---\nlang: ${lang}\n---\n# ${slug}\n## Basics\nLevel: easy\n### What is DNS?\n> Names.\n`, { file: `${slug}.md`, slug });
    const renamed = { ...own('one', 'de'), labels: { levels: { easy: 'Aufwärmen' } } };
    const root = parseHtml(render(combineDecks([renamed, own('two', 'es'), own('three', 'de')]), { paper: 'a4' }));
    const badges = findAll(root, (el) => hasClass(el, 'badge')).map((el) => textOf(el).replace(/^\W+/, ''));
    expect(badges).toEqual(['Aufwärmen', 'fácil', 'leicht']);
  });
});
