import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A page of one question whose answer is in numbered parts, each named on a line of its own
// (`1. Quick answer`, `2. Example`) over what it says: the names are the answer's headings, and the
// card is the first part's words, not "(1) Quick answer".
const page = (body: string) => allQuestions(parseDeck(`# Why cache DNS answers\n\n${body}`, { file: 'dns.md', slug: 'dns' }))[0];

describe('an answer in numbered parts', () => {
  it('prints each part name as a heading with its number, and cards the first part', () => {
    const q = page('1. Quick answer\n\nLookups are slow and answers change rarely.\n\n2. Example\n\n```sh\ndig +short example.org\n```\n\n3. Interview-ready summary\n\nCache to save round trips.\n');
    expect(q.answerHtml).not.toContain('<ol');
    expect(q.answerHtml.match(/<h4[^>]*>/g)).toHaveLength(3);
    expect(q.answerHtml.replace(/\u00ad/g, '')).toContain('1. Quick answer</h4>');
    expect(q.cardText).toBe('Lookups are slow and answers change rarely.');
  });

  it('leaves a numbered list of steps, and a list of one item that is a sentence, as lists', () => {
    expect(page('1. Open the file.\n2. Save it.\n').answerHtml).toContain('<ol>');
    expect(page('1. Ask the resolver.\n\nIt may know.\n\n2. Ask the root.\n\nIt points on.\n').answerHtml).toContain('<ol');
  });
});
