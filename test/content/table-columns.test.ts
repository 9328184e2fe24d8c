import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { untypeset } from '../untypeset.js';

// A table of questions with columns beside the question and its answer (fixture table-ideal-response):
// none of what a row says is dropped without a word.
const deck = (rows: string[]) => parseDeck(['# Cheat sheet', '', '## Closing', '', ...rows, ''].join('\n'), { file: 'b.md', slug: 'b' });

describe('a table of questions with other columns', () => {
  it('reads an answer column named for what it gives', () => {
    for (const name of ['Ideal Response', 'Sample answer', 'How to answer', 'Responses']) {
      const [q] = allQuestions(deck([`| Question | ${name} |`, '| --- | --- |', '| Why this team? | Its work matches what I built. |', '| When can you start? | In a month. |']));
      expect(q.open, name).toBeFalsy();
      expect(q.cardText, name).toBe('Its work matches what I built.');
    }
  });

  it('prints another column under the answer, by its name', () => {
    const [q, r] = allQuestions(deck(['| # | Question | Answer | Tip |', '| - | - | - | - |', '| 1 | Any questions for us? | Ask about the first months. | Never say no. |', '| 2 | When can you start? | In a month. | |']));
    expect(untypeset(q.answerHtml)).toBe('<p>Ask about the first months.</p>\n<p><strong>Tip:</strong> Never say no.</p>');
    expect(untypeset(r.answerHtml)).toBe('<p>In a month.</p>');
  });

  it('says so where a table of open questions has columns it cannot print', () => {
    const read = deck(['| # | Question | Asked at |', '| - | - | - |', '| 1 | Why this team? | a bank |', '| 2 | When can you start? | |']);
    expect(allQuestions(read).every((q) => q.open)).toBe(true);
    expect(read.diagnostics.map((d) => `${d.line}: ${d.code}`)).toContain('5: left-out');
  });

  it('prints a sample answer quoted in code as the words it quotes', () => {
    const [q, r] = allQuestions(deck(['| Question | Ideal Response |', '| --- | --- |', '| Why this team? | `"Its work matches what I have built."` |', '| Which flag? | `--force-with-lease` |']));
    expect(untypeset(q.answerHtml)).toBe('<p>"Its work matches what I have built."</p>');
    expect(untypeset(r.answerHtml)).toContain('<code');
  });
});
