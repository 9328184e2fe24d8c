import { describe, expect, it } from 'vitest';
import { checkDeckSource } from '../../src/check/check-deck-source.js';

const found = (text: string) =>
  checkDeckSource('d.md', Buffer.from(text), {})
    .findings.filter((f) => /details/.test(f.message))
    .map((f) => `${f.line} ${f.code}`);

describe('an unclosed <details> in the deck findings', () => {
  it('is one warning in a deck of question headings', () => {
    expect(found('# D\n\n### One?\n\n<details>\n<summary>Answer</summary>\n\nIt is one.\n\n### Two?\n\nIt is two.\n')).toEqual(['5 unclosed-block']);
  });

  it('is said once where the details reading already says it', () => {
    const blocks =
      '# D\n\n<details>\n<summary>What is one?</summary>\n\nIt is one.\n\n</details>\n\n<details>\n<summary>What is two?</summary>\n\nIt is two.\n';
    expect(found(blocks)).toEqual(['10 unclosed-details']);
  });
});
