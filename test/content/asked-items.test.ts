import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { untypeset } from '../untypeset.js';

// A question that names the items it asks about in a list under it (`- Describe what each of these
// tools is for:` over `- grep`, `- xargs`): the items are what it asks, not its answer
// (fixture list-asked-items). Read as its answer, the card printed "grep xargs watch".
const bank = (asked: string, items: string[]) =>
  ['# Linux', '', '## Tools', '', '- How do you find what fills a disk?', '', `- ${asked}`, '', ...items.map((i) => `    - ${i}`), '', '- What does `nohup` do?', ''].join('\n');

describe('a question naming the items it asks about, over them', () => {
  it('prints them with the question, which stays open', () => {
    for (const asked of ['Describe what each of these tools is for:', 'Explain the following commands:', 'Erklären Sie die folgenden Befehle:']) {
      const q = allQuestions(parseDeck(bank(asked, ['grep', 'xargs', 'watch']), { file: 'b.md', slug: 'b' }))[1];
      expect(q.open, asked).toBe(true);
      expect(untypeset(q.promptHtml ?? ''), asked).toContain('<li>xargs</li>');
    }
  });

  it('keeps a list that answers as the answer', () => {
    const named = allQuestions(parseDeck(bank('Name three signals a process can receive:', ['SIGTERM', 'SIGKILL', 'SIGHUP']), { file: 'b.md', slug: 'b' }))[1];
    expect(named.open).toBeFalsy();
    expect(named.cardText).toContain('SIGKILL');
    const long = allQuestions(parseDeck(bank('Explain the following:', ['grep searches lines for a pattern.', 'xargs turns input into arguments.']), { file: 'b.md', slug: 'b' }))[1];
    expect(long.open).toBeFalsy();
  });
});
