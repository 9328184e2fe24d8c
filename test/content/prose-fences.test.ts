import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A foreign bank's sample answers boxed as code with no language.
const bank = (box: string) =>
  `# Design\n\n## 1. Crawler\n\n### Question 1.1: How do you avoid crawling a page twice?\n\n**Sample Answer:**\n\`\`\`${box}\n\`\`\`\n\n### Question 1.2: Where do fetched pages go?\n\nInto an object store.\n`;

describe('a code box with no language in a foreign bank', () => {
  it('is the markdown it holds when it reads as sentences: paragraphs and lists, at their lines', () => {
    const deck = parseDeck(bank('\nI would keep a visited set of normalised addresses.\n\n1. Frontier:\n   - A queue of addresses with their depth'), { file: 'd.md', slug: 'd' });
    const [q] = allQuestions(deck);
    // Without the soft hyphens the build puts into prose.
    const html = q.answerHtml.replace(/\u00ad/g, '');
    expect(html).not.toContain('<pre');
    expect(html).toContain('<p>I would keep a visited set of normalised addresses.</p>');
    expect(html).toMatch(/<ol>\s*<li>Frontier:\s*<ul>\s*<li>A queue of addresses with their depth<\/li>/);
    expect(q.cardText).toBe('I would keep a visited set of normalised addresses.');
  });

  it('stays code when it holds code, output or too few words, or names its language', () => {
    for (const box of ['\nSELECT id FROM pages WHERE seen = 1;', '\nWarning: the frontier is full and the crawl waits for it.', '\nKeep a set.', 'text\nI would keep a visited set of normalised addresses, checked first.', '\nvisited = set()\nqueue.append(seed)']) {
      const [q] = allQuestions(parseDeck(bank(box), { file: 'd.md', slug: 'd' }));
      expect(q.answerHtml, box).toContain('<pre');
    }
  });
});
