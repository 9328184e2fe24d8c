import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { findAll, parseHtml } from './html-dom.js';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';

// A printed link cannot be clicked: the guide prints its address as a numbered note under the answer.
describe('guide link notes', () => {
  const deck = parseDeck(
    [
      '# Deck',
      '',
      '## Section',
      '',
      '### What does HTTP say about caching?',
      '',
      '> See [the RFC](https://www.rfc-editor.org/rfc/rfc9110) and [a video](https://video.example.org/watch?v=abc&t=10).',
      '',
      'Read [the RFC](https://www.rfc-editor.org/rfc/rfc9110) again, then <https://example.com/plain>, the [question above](#q-other) and `[not a link](https://code.example.com)`.',
      '',
      '```',
      'curl https://inside.example.com/code',
      '```',
      '',
      '### [What is a load balancer?](https://videos.example.net/lb)',
      '',
      'One address in front of many backends ([docs](http://docs.example.net/lb/)).',
      '',
      '### No links here?',
      '',
      'None at all.',
      '',
    ].join('\n'),
    { file: 'deck.md', slug: 'deck' },
  );
  const html = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
  const articles = findAll(parseHtml(html), (el) => el.tagName === 'article');
  const has = (cls: string) => (el: Element) =>
    String(el.properties.className ?? '')
      .split(' ')
      .includes(cls);
  const notes = (article: Element) =>
    findAll(article, has('link-notes'))
      .flatMap((list) => findAll(list, (el) => el.tagName === 'li'))
      .map((li) => toText(li).replace(/\s+/g, ' ').trim());
  const refs = (article: Element) => findAll(article, has('link-ref')).map((el) => toText(el));

  it('prints each external address once, numbered in reading order, without https:// and www.', () => {
    expect(notes(articles[0])).toEqual(['1 rfc-editor.org/rfc/rfc9110', '2 video.example.org/watch?v=abc&t=10']);
  });

  it('marks every link with its note number, the same address with the same number', () => {
    expect(refs(articles[0])).toEqual(['1', '2', '1']);
  });

  it('leaves alone a link whose words are its address, internal links and code', () => {
    const after = (marker: string) => html.split(marker)[1].split('</a>')[1];
    expect(toText(articles[0])).toContain('https://example.com/plain');
    expect(after('href="https://example.com/plain">')).not.toMatch(/^<sup/);
    // Its words break where a book breaks an address: after the scheme, before a period or a slash.
    expect(html).toContain('>https://<wbr>example<wbr>.com<wbr>/plain</a>');
    expect(after('href="#q-other"')).not.toMatch(/^<sup/);
    expect(toText(articles[0])).toContain('[not a link](https://code.example.com)');
    expect(notes(articles[0]).join(' ')).not.toMatch(/example\.com\/plain|code\.example|inside\.example|q-other/);
  });

  it('notes a question that is itself a link at the end of its block, and keeps the contents clean', () => {
    expect(notes(articles[1])).toEqual(['1 videos.example.net/lb', '2 docs.example.net/lb']);
    const heading = findAll(articles[1], (el) => el.tagName === 'h3')[0];
    expect(refs(heading)).toEqual(['1']);
    const toc = findAll(parseHtml(html), (el) => el.tagName === 'nav' && has('toc')(el))[0];
    expect(findAll(toc, has('link-ref'))).toEqual([]);
  });

  it('keeps the links clickable, and the notes print only', () => {
    expect(findAll(articles[0], (el) => el.tagName === 'a' && el.properties.href === 'https://www.rfc-editor.org/rfc/rfc9110').length).toBeGreaterThanOrEqual(
      2,
    );
    expect(html).toMatch(/@media screen[^}]*\.link-notes/);
  });

  it('adds no list to an answer without external links', () => {
    expect(findAll(articles[2], has('link-notes'))).toEqual([]);
    expect(findAll(articles[2], has('link-ref'))).toEqual([]);
  });
});

// A section's introduction, its reading list and the closing notes are read on paper too.
describe('link notes outside answers', () => {
  const deck = parseDeck(
    [
      '# Deck',
      '',
      'Written alongside [the operations handbook](https://handbook.example.org/ops).',
      '',
      '## Networks',
      '',
      'This part follows [the networking course](https://course.example.org/networks).',
      '',
      '### What is a subnet?',
      '',
      'A range of addresses.',
      '',
      '## Further reading',
      '',
      '- [Subnetting by hand](https://example.org/subnets)',
      '- [A calculator](https://calc.example.org/)',
      '',
      '## Storage',
      '',
      '### What is a block volume?',
      '',
      'A disk over the network.',
      '',
      '## Where next',
      '',
      'Questions and fixes are welcome at [the tracker](https://tracker.example.org/deck).',
      '',
    ].join('\n'),
    { file: 'deck.md', slug: 'deck' },
  );
  const root = parseHtml(createGuideRenderer(assetDirs())(deck, { paper: 'a4' }));
  const has = (cls: string) => (el: Element) =>
    String(el.properties.className ?? '')
      .split(' ')
      .includes(cls);
  const notesIn = (cls: string) =>
    findAll(root, has(cls))
      .flatMap((box) => findAll(box, has('link-notes')))
      .flatMap((list) => findAll(list, (el) => el.tagName === 'li'))
      .map((li) => toText(li).replace(/\s+/g, ' ').trim());

  it('notes the links of the introduction, a section introduction, a reading list and the outro', () => {
    expect(notesIn('intro')).toEqual(['1 handbook.example.org/ops']);
    expect(notesIn('section-intro')).toEqual(['1 course.example.org/networks']);
    expect(notesIn('section-closing')).toEqual(['1 example.org/subnets', '2 calc.example.org']);
    expect(notesIn('outro')).toEqual(['1 tracker.example.org/deck']);
  });
});

// A short answer is kept whole on a page; thirty notes under it are half a page more, and kept
// whole with them it left the page before 80 % empty (an A5 booklet page).
describe('a short answer with many links', () => {
  const deck = (links: number) =>
    parseDeck(
      [
        '# Deck',
        '',
        '## Section',
        '',
        '### Where are the references?',
        '',
        '> Below.',
        '',
        `They are ${Array.from({ length: links }, (_, i) => `[source ${i + 1}](https://src${i + 1}.example.org/notes/${i + 1})`).join(', ')}.`,
        '',
      ].join('\n'),
      { file: 'deck.md', slug: 'deck' },
    );
  const short = (links: number, page: 'a4' | 'a5') =>
    findAll(parseHtml(createGuideRenderer(assetDirs())(deck(links), { paper: 'a4', page })), (el) => el.tagName === 'article').map((a) =>
      String(a.properties.className).includes('question-short'),
    );

  it('is not kept whole once its notes take many lines', () => {
    expect(short(3, 'a5')).toEqual([true]);
    expect(short(30, 'a5')).toEqual([false]);
    expect(short(30, 'a4')).toEqual([false]);
  });
});
