import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Footnotes kept at the bottom of the file, as most markdown is written: each question's answer
// is rendered on its own, so a note defined under the last question printed nowhere.
const DECK = [
  '# Sources',
  '',
  '## S',
  '',
  '### What is DNS?',
  '',
  '> Names to addresses.',
  '',
  'It maps names to addresses[^rfc], cached by resolvers[^ttl].',
  '',
  '### What is TTL?',
  '',
  '> How long a record may be cached.',
  '',
  'Seconds a resolver keeps a record[^ttl].',
  '',
  '[^rfc]: Defined in RFC 1034, written in 1987.',
  '[^ttl]: Set per record by the zone owner.',
  '[^old]: A note no answer cites any more.',
  '',
].join('\n');

describe('footnotes defined at the end of the deck', () => {
  const deck = parseDeck(DECK, { file: 'sources.md', slug: 'sources' });
  const [dns, ttl] = allQuestions(deck).map((q) => ({ ...q, answerHtml: q.answerHtml.replaceAll('\u00ad', '') }));

  it('print under each answer that cites them, and only there', () => {
    expect(dns.answerHtml).toContain('Defined in RFC 1034');
    expect(dns.answerHtml).toContain('Set per record by the zone owner.');
    expect(ttl.answerHtml).toContain('Set per record by the zone owner.');
    expect(ttl.answerHtml).not.toContain('RFC 1034');
  });

  it('one cited nowhere is said to be left out, at its line', () => {
    const said = deck.diagnostics.filter((d) => d.code === 'left-out');
    expect(said.map((d) => [d.line, d.message])).toEqual([[19, 'footnote [^old] is cited nowhere, so it does not print — cite it as [^old] in an answer, or remove it']]);
    expect(dns.answerHtml + ttl.answerHtml).not.toContain('no answer cites');
  });
});

describe('footnote links in the guide, where every answer prints on one page', () => {
  const deck = parseDeck(DECK, { file: 'sources.md', slug: 'sources' });
  const page = allQuestions(deck)
    .map((q) => q.answerHtml)
    .join('\n');
  const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  const targets = [...page.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]);

  it('give each answer its own ids, so a note cited by two answers is not the same id twice', () => {
    expect(ids.length).toBeGreaterThan(4);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('point every in-page link at an id on the page', () => {
    expect(targets.length).toBeGreaterThan(4);
    expect(targets.filter((t) => !ids.includes(t))).toEqual([]);
  });
});
