import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const answer = (table: string) => parseDeck(`# T\n\n## S\n\n### Q?\n\n> A.\n\n${table}\n`, { file: 'x.md', slug: 'x' }).sections[0].questions[0].answerHtml.replaceAll('\u00ad', '');

describe('table columns of numbers', () => {
  it('marks a column whose every cell is a number (with its unit) to be set right-aligned in tabular figures, its head too', () => {
    const html = answer('| size | full scan | note |\n| --- | --- | --- |\n| 10 GB | 40 s | small |\n| 200 GB | 15 min | ~1,5 h |\n| 2 TB | 2.5 h | n/a |');
    expect(html).toContain('<th class="num">size</th>');
    expect(html).toContain('<td class="num">10\u00a0GB</td>');
    expect(html).toContain('<td class="num">15\u00a0min</td>');
    expect(html).toContain('<th>note</th>');
    expect(html).toContain('<td>small</td>');
  });

  it('leaves a column of words, one that only mentions numbers, or one of codes (bare numbers of one length) as it is; an alignment the deck gives wins', () => {
    const html = answer('| tier | budget | cached |\n| --- | ---: | :---: |\n| r1 | 10 ms | 3 |\n| r2 | within 20 ms | 4 |');
    expect(html).not.toContain('class="num"');
    expect(answer('| code | meaning |\n| --- | --- |\n| 400 | bad request |\n| 404 | not found |')).not.toContain('class="num"');
  });
});
