import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

// A bank of our format opening as many GitHub banks do: a call to star it over its own introduction.
const deck = (intro: string[]) => parseDeck(['# Databases', '', ...intro, '', '## Basics', '', '### What is an index?', '', '> A structure that finds rows without a full scan.'].join('\n'), { file: 'db.md', slug: 'db' });

describe('a call to star or contribute to the bank, over its introduction', () => {
  it('is left out of the introduction, said in one warning at its line', () => {
    const read = deck(['🌟 If you found this useful, leave a star!', '', 'Short answers on storage and queries.', '', '欢迎 Star，欢迎 PR。']);
    expect(read.introHtml.replace(/\u00ad/g, '')).toBe('<p>Short answers on storage and queries.</p>');
    expect(read.diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`)).toEqual([
      '3: left-out: 2 calls to star or contribute to the project (lines 3, 7) left out of the introduction ("🌟 If you found this useful, leave a star!") — it is the site\'s, not the bank\'s',
    ]);
  });

  it('reads the calls banks word otherwise: pull requests appreciated, follow me for updates', () => {
    const read = deck(['> Hit :star: if this helps. Pull Requests are highly appreciated :heart:', '', '> Follow me [@someone](https://example.com) for more updates.', '', 'Notes on indexes.']);
    expect(read.introHtml.replace(/\u00ad/g, '')).toBe('<p>Notes on indexes.</p>');
    expect(read.diagnostics.map((d) => d.line)).toEqual([3]);
  });

  // A call mixed with the bank's own words stayed in its introduction, the paragraph left whole.
  it('takes the call out of a paragraph that says more, its other words kept', () => {
    const read = deck(['Answers checked against the *manual*. Give the repo a star if it helps. Each links its source.', 'Pull requests are welcome!', 'Updated yearly.']);
    expect(read.introHtml.replace(/\u00ad/g, '')).toBe('<p>Answers checked against the <em>manual</em>. Each links its source.\nUpdated yearly.</p>');
    expect(read.diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`)).toEqual([
      '3: left-out: 2 calls to star or contribute to the project (lines 3, 4) left out of the introduction ("Give the repo a star if it helps.") — it is the site\'s, not the bank\'s',
    ]);
  });

  it('leaves a paragraph whole when no sentence of it is a call', () => {
    const read = deck(['Answers checked against the manual. Stars mark the hard ones.']);
    expect(read.introHtml.replace(/\u00ad/g, '')).toBe('<p>Answers checked against the manual. Stars mark the hard ones.</p>');
    expect(read.diagnostics).toEqual([]);
  });

  // A call set in bold or in a link ran into the sentence after it, which was cut with it.
  it('takes out a call set in bold or in a link, the sentences around it kept', () => {
    const read = deck([
      'Answers checked against the manual. **If this helps, give the repo a ⭐!** Each links its source.',
      '[Star this repo](https://example.com/repo) Updated yearly.',
      '**Short answers. Pull requests are welcome.** Long ones in the notes.',
    ]);
    expect(read.introHtml.replace(/\u00ad/g, '')).toBe(
      '<p>Answers checked against the manual. Each links its source.\nUpdated yearly.\n<strong>Short answers.</strong> Long ones in the notes.</p>',
    );
    expect(read.diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`)).toEqual([
      '3: left-out: 3 calls to star or contribute to the project (lines 3, 4, 5) left out of the introduction ("If this helps, give the repo a ⭐!") — it is the site\'s, not the bank\'s',
    ]);
  });
});
