import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { combineDecks } from '../../src/content/combine-decks.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';
import { createCardsRenderer } from '../../src/render/render-cards.js';
import { flashcardNotes } from '../../src/outputs/flashcard-notes.js';
import { labelsFor } from '../../src/model/labels.js';
import { pageRef, partLabel } from '../../src/model/question-label.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';

// A part's number and a page reference sit where the language puts them: Hungarian writes
// "2. rész" and "3. o.", Chinese "第2部分", Korean "3쪽"; English "Part 2" and "p. 3".
const deck = (slug: string, lang: string) =>
  parseDeck(`---\nlang: ${lang}\n---\n# ${slug}\n## Basics\n### What is DNS?\n> Names.\n`, { file: `${slug}.md`, slug });

describe('part labels and page references in the language’s order', () => {
  it('prints a Hungarian combined guide’s parts as "1. rész", "2. rész"', () => {
    const html = createGuideRenderer(assetDirs())(combineDecks([deck('one', 'hu'), deck('two', 'hu')]), { paper: 'a4' });
    const root = parseHtml(html);
    const labels = findAll(root, (el) => hasClass(el, 'toc-part-label') || hasClass(el, 'part-label')).map(textOf);
    expect(labels).toEqual(['1. rész', '2. rész', '1. rész', '2. rész']);
  });

  it('prints a Hungarian cheat sheet’s page references as "3. o."', () => {
    const one = deck('one', 'hu');
    const q = one.sections[0].questions[0];
    const html = createCheatsheetRenderer(assetDirs())(one, { paper: 'a4', guidePages: new Map([[q.id, 3]]) });
    expect(findAll(parseHtml(html), (el) => hasClass(el, 'entry-ref')).map(textOf)).toEqual(['3. o.']);
  });

  it('prints a Hungarian card’s and Anki note’s page reference as "3. o."', () => {
    const one = deck('one', 'hu');
    const q = one.sections[0].questions[0];
    const guidePages = new Map([[q.id, 3]]);
    const cards = createCardsRenderer(assetDirs())(one, { cardSize: 'index-3x5', guidePages });
    expect(findAll(parseHtml(cards), (el) => hasClass(el, 'card-ref')).map(textOf)).toEqual(['teljes válasz: 3. o.']);
    expect(flashcardNotes(one, guidePages)[0].fields[4]).toBe('one · K1 · 3. o.');
  });

  it('orders every language’s part and page labels: number last by default, first or inside where the language puts it', () => {
    const cases: [string, string, string][] = [
      ['en', 'Part 2', 'p. 3'],
      ['de', 'Teil 2', 'S. 3'],
      ['hu', '2. rész', '3. o.'],
      ['tr', '2. Bölüm', 's. 3'],
      ['zh', '第2部分', '第3页'],
      ['zh-TW', '第2部分', '第3頁'],
      ['ja', '第2部', '3ページ'],
      ['ko', '제2부', '3쪽'],
    ];
    expect(cases.map(([lang]) => [lang, partLabel(labelsFor(lang), 2), pageRef(labelsFor(lang), 3)])).toEqual(cases);
  });

  it('keeps a user’s override written without a place for the number: the number follows it', () => {
    const labels = labelsFor('en', { part: 'Book', pageShort: 'pg.' });
    expect([partLabel(labels, 2), pageRef(labels, 3)]).toEqual(['Book 2', 'pg. 3']);
  });
});
