import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A bank kept as a table (`| Question | Answer |`) can only break its cells with `<br>`: one is a
// line break, two or more (`<br><br>`) end a paragraph, in the guide and on the card.
const bank = [
  '# Networking',
  '',
  '| # | Question | Answer |',
  '|---|---|---|',
  '| 1 | What does ARP do? | It maps an IP address to a MAC address.<br><br>Replies are cached for a while. |',
  '| 2 | TCP or UDP for DNS? | Mostly UDP;<br>TCP for zone transfers. |',
  '| 3 | What is NAT? | Rewriting addresses at a router. <br /> <br /> Many hosts share one address.<br><br><br>Ports tell them apart. |',
].join('\n');

describe('line and paragraph breaks in a table bank', () => {
  const [arp, dns, nat] = allQuestions(parseDeck(bank, { file: 'net.md', slug: 'net' }));

  it('makes two breaks in a row a paragraph, in the full answer', () => {
    expect(arp.answerHtml.match(/<p>/g)).toHaveLength(2);
    expect(arp.answerHtml).not.toContain('<br');
    expect(nat.answerHtml.match(/<p>/g)).toHaveLength(3);
    expect(nat.answerHtml).not.toMatch(/&lt;br|<br/);
  });

  it('keeps a single break a line break, printing no tag', () => {
    expect(dns.answerHtml).toMatch(/^<p>Mostly UDP;<br>\s*TCP for zone transfers\.<\/p>$/);
    expect(dns.cardHtml).not.toContain('&lt;br');
  });
});
