import { describe, expect, it } from 'vitest';
import { deckFromBytes } from '../../src/content/load-deck.js';
import { checkDeckSource } from '../../src/check/check-deck-source.js';

// Banks are often put together with `cat part1.md part2.md > bank.md`: every part saved by an
// editor that writes a byte order mark carries one, now at the start of a line inside the file.
const bom = Buffer.from([0xef, 0xbb, 0xbf]);
const first = '# Joined bank\n\n## Networking\n\n### What is DNS?\n\n> The internet\'s phone book: names to addresses.\n\n';
const second = '## Storage\n\n### What is RAID 1?\n\n> Mirroring: every block written to two disks.\n';

describe('a bank joined from files saved with a byte order mark', () => {
  it('reads the heading after each mark as a heading, not as text of the answer above', () => {
    const { deck } = deckFromBytes('joined.md', Buffer.concat([bom, Buffer.from(first), bom, Buffer.from(second)]));
    expect(deck.sections.map((s) => s.title)).toEqual(['Networking', 'Storage']);
    expect(deck.sections.flatMap((s) => s.questions.map((q) => [q.text, q.line]))).toEqual([
      ['What is DNS?', 5],
      ['What is RAID 1?', 11],
    ]);
    expect(deck.sections[0].questions[0].answerText).not.toContain('Storage');
  });

  it('is read the same by check', () => {
    const result = checkDeckSource('joined.md', Buffer.concat([Buffer.from(first), bom, Buffer.from(second)]), {});
    expect(result.deck?.sections.map((s) => s.title)).toEqual(['Networking', 'Storage']);
  });
});
