import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/content/markdown.js';
import { clozeCards } from '../../src/content/layouts/cloze-cards.js';

const read = (text: string): string[] => clozeCards(parseMarkdown(text).children).map((n) => toString(n));

// Anki cloze deletions: the sentence with gaps over the words that filled them.
describe('clozeCards', () => {
  it('writes each item and each line as a card, its hint left out, code kept', () => {
    expect(read('- The {{c1::`chmod`}} command sets modes.\n- Owners change with {{c1::chown::a command}}.\n\nSignal {{c1::9}} is KILL and {{c2::15}} is TERM.\n')).toEqual([
      'The […] command sets modes. :: chmod',
      'Owners change with […]. :: chown',
      'Signal […] is KILL and […] is TERM. :: 9; 15',
    ]);
  });

  it('leaves a bank with one cloze, and a list of which an item hides nothing, as they are', () => {
    expect(read('- The {{c1::chmod}} command.\n- Plain words.\n\nOne {{c1::gap}} here.\n')).toEqual(['The {{c1::chmod}} command.Plain words.', 'One {{c1::gap}} here.']);
  });
});
