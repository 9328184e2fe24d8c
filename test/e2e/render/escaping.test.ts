import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadDeck } from '../../../src/content/load-deck.js';
import { allQuestions, type Deck } from '../../../src/model/deck.js';
import { buildWith, pdfText, read, tempDir } from '../../helpers.js';
import { findAll, parseHtml, textOf } from '../../render/html-dom.js';
import type { Element, Root } from 'hast';
import { plainQuotes } from '../guide-reading.js';
import { parseInPlace } from '../../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A deck full of <, &, quotes and raw HTML: it must print as text, never as markup.
const deckFile = 'test/fixtures/render-escaping/escaping.md';
let out: string;
let deck: Deck;
const docs: Record<string, { html: string; doc: Root }> = {};

beforeAll(async () => {
  out = await tempDir();
  deck = await loadDeck(deckFile);
  // The outputs read here: guide.html, guide.pdf and cards.html.
  const { result } = await buildWith({ paths: [deckFile], outDir: out, outputs: ['guide', 'cards'] });
  expect(result.failed).toEqual([]);
  for (const name of ['guide.html', 'cards.html']) {
    const html = await read(path.join(out, 'escaping', name));
    docs[name] = { html, doc: parseHtml(html) };
  }
});

const attributes = (el: Element): [string, string][] => Object.entries(el.properties).map(([k, v]) => [k, String(v)]);

describe.each(['guide.html', 'cards.html'])('%s of a deck with markup in its text', (name) => {
  it('shows < & and quotes of titles, questions and answers as text', () => {
    // Typographic quotes in prose are compared as the straight ones the deck types.
    const text = plainQuotes(textOf(docs[name].doc));
    for (const q of allQuestions(deck)) {
      expect(text).toContain(q.text);
      expect(text).toContain(q.cardText);
    }
    expect(text).toContain('Escaping <script>alert("title")</script> & "quotes" \\ \'apostrophes\'');
    if (name === 'guide.html') {
      expect(text).toContain('Fish & chips <b>bold?</b>');
      expect(text).toContain("O'Brien & <Sons>");
      expect(text).toContain('Full answer with 5 < 6 & 7 > 3');
      expect(text).toContain('<script>alert("code stays text")</script>');
    }
  });

  it('passes no markup of the deck through', () => {
    const { doc, html } = docs[name];
    // Only the layout's own scripts may exist, and none carries the deck's code.
    for (const script of findAll(doc, (el) => el.tagName === 'script')) expect(textOf(script)).not.toMatch(/alert|steal/);
    const rawElements: [string, string][] = [
      ['i', 'one'],
      ['b', 'bold?'],
      ['span', 'inline HTML'],
      ['h1', 'injected'],
      ['div', 'raw block'],
    ];
    for (const [tag, text] of rawElements)
      expect(
        findAll(doc, (el) => el.tagName === tag && textOf(el) === text),
        `<${tag}>${text}`,
      ).toEqual([]);
    expect(findAll(doc, (el) => el.tagName === 'iframe' || (el.tagName === 'img' && String(el.properties.src) === 'x'))).toEqual([]);
    for (const el of findAll(doc, () => true)) {
      for (const [key, value] of attributes(el)) {
        expect(key.startsWith('on') && key.length > 2 && key[2] === key[2].toUpperCase(), `${el.tagName} ${key}`).toBe(false);
        expect(value, `${el.tagName} ${key}`).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(html).not.toContain('<h1>injected</h1>');
    expect(html).not.toContain('<i>one</i>');
    // A raw HTML block is read as text (nothing lost); its script and handler are not.
    expect(html).not.toContain('alert("block")');
    expect(html).not.toContain('steal()');
  });
});

describe('guide.pdf of that deck', () => {
  it('prints the characters themselves, not entities or markup', () => {
    const text = plainQuotes(pdfText(path.join(out, 'escaping', 'guide.pdf')));
    expect(text).toContain('What does Vec<T> & "x < y" mean?');
    expect(text).toContain('Card: a < b && c > d, "quoted" & \'single\'.');
    expect(text).toContain('Is </article><h1>injected</h1> possible?');
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i);
    expect(text).not.toContain('alert("block")');
  });
});
