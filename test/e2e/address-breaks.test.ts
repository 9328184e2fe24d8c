import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { pdfBlocks } from '../pdf-lines.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * An address printed as its own words (an autolink) longer than a line broke wherever the line was
 * full, inside a word and with no mark ("…/ssh_config.5/ServerAliveInterv|al-and-…"), where a book
 * breaks it only after the scheme or before a slash, a period, a hyphen and the like (its link note
 * already did). Read from the printed guide: each line the address runs on to opens with such a
 * sign, and the address reads whole across them.
 */
const ADDRESS = 'https://manpages.example.org/openssh/ssh_config.5/ServerAliveInterval-and-ServerAliveCountMax-explained-with-examples-for-unreliable-links';
const DECK = [
  '# Long Addresses',
  '',
  'A bank that cites a long address.',
  '',
  '## Tunnels',
  '',
  '### How do you keep an SSH tunnel alive?',
  '',
  '> Send keepalives, and restart the tunnel when they go unanswered.',
  '',
  `Reference: ${ADDRESS}`,
  '',
].join('\n');

describe('a long address in the text', () => {
  let lines: string[] = [];
  beforeAll(async () => {
    const file = path.join(await buildDeckText('addresses', DECK, ['guide']), 'guide.pdf');
    const block = pdfBlocks(file).find((b) => b.lines.some((l) => l.text.startsWith('Reference:')));
    lines = block?.lines.map((l) => l.text) ?? [];
  }, 120_000);

  it('breaks only where a book breaks an address', () => {
    expect(lines.length, lines.join('\n')).toBeGreaterThan(1);
    expect(lines.join('').replace(/^Reference: ?/, '')).toBe(ADDRESS);
    // The line the address opens on may be the one after its lead (a break between words).
    const start = lines.findIndex((l) => l.includes('https://'));
    for (const line of lines.slice(start + 1)) expect(line, lines.join('\n')).toMatch(/^[/.?#~_&=-]/);
  });
});

/**
 * An address with a query of several fields (`?run=nightly&step=…`) was left to the browser: its
 * `&`, escaped in the link's words, kept it from getting a book's break points, and it broke inside
 * a word ("…/and/goin|g/without/…") in the guide and the booklet.
 */
const QUERY =
  'https://ci.example.net/pipelines/nightly/compare/baseline/against/candidate/with/every/regression/listed?run=nightly&step=integration&format=table';
const QUERY_DECK = DECK.replace(ADDRESS, QUERY).replace('# Long Addresses', '# Long Queries');

describe('a long address with a query in the text', () => {
  let lines: string[] = [];
  beforeAll(async () => {
    const file = path.join(await buildDeckText('address-queries', QUERY_DECK, ['guide']), 'guide.pdf');
    const block = pdfBlocks(file).find((b) => b.lines.some((l) => l.text.startsWith('Reference:')));
    lines = block?.lines.map((l) => l.text) ?? [];
  }, 120_000);

  it('breaks only where a book breaks an address, its query too', () => {
    expect(lines.length, lines.join('\n')).toBeGreaterThan(1);
    expect(lines.join('').replace(/^Reference: ?/, '')).toBe(QUERY);
    const start = lines.findIndex((l) => l.includes('https://'));
    for (const line of lines.slice(start + 1)) expect(line, lines.join('\n')).toMatch(/^[/.?#~_&=-]/);
  });
});
