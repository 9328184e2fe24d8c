import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const question = (markdown: string, lang = 'en') => parseDeck(`---\nlang: ${lang}\n---\n# T\n\n## S\n\n${markdown}`, { file: 'x.md', slug: 'x' }).sections[0].questions[0];
const plain = (html: string) => html.replaceAll('\u00ad', '');

describe('numbers tied to their units', () => {
  it('ties a number to its unit with a no-break space in prose, table cells, headings and card answers', () => {
    const q = question(
      '### How do you back up a 2 TB database?\n\n> A scan of 10 GB takes 40 s; 3 × 5 cards.\n\nIt waits 200 ms, then 1,5 min, moving 560 Mbit/s and 48 210 rows, 80 million of them (10 % of p. 12).\n\n| size | time |\n| --- | --- |\n| 10 GB | 2.5 h |\n',
    );
    expect(q.html).toBe('How do you back up a 2\u00a0TB database?');
    expect(plain(q.cardHtml)).toContain('A scan of 10\u00a0GB takes 40\u00a0s; 3\u00a0×\u00a05 cards.');
    const answer = plain(q.answerHtml);
    expect(answer).toContain('It waits 200\u00a0ms, then 1,5\u00a0min, moving 560\u00a0Mbit/s and 48\u00a0210 rows, 80\u00a0million of them (10\u00a0% of p.\u00a012).');
    expect(answer).toContain('<td>10\u00a0GB</td>');
    expect(answer).toContain('<td>2.5\u00a0h</td>');
  });

  it('ties German counted units too, and leaves code, maths and words that only follow a number alone', () => {
    const q = question('### Wie lange?\n\n> 2 TB in 8 Stunden.\n\nIn 2026 we had 3 teams; `sleep 10 s` and $10 s$ stay.\n', 'de');
    expect(plain(q.cardHtml)).toContain('2\u00a0TB in 8\u00a0Stunden.');
    const answer = plain(q.answerHtml);
    expect(answer).toContain('In 2026 we had 3 teams;');
    expect(answer).toContain('sleep 10 s');
    expect(answer).not.toMatch(/10\u00a0s/);
  });

  it('ties the articles and paragraphs of a law to their numbers, as a card line broke "(Art.⏎34)."', () => {
    const q = question('### Wann?\n\n> Binnen 72 Stunden melden (Art. 33), nach § 26 und Abs. 2.\n', 'de');
    expect(plain(q.cardHtml)).toContain('(Art.\u00a033), nach §\u00a026 und Abs.\u00a02.');
  });
});
