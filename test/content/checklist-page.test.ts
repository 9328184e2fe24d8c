import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { StudyguideError } from '../../src/errors.js';

// A page of interview advice set out by phase reads like numbered topic cards: its headings are
// the phases ("Before the Interview"), not questions.
const CHECKLIST = `Job Hunt Notes
==

What I go over on the morning of each interview.

### 1. Before the Interview

- Charge the headset and try the call link.
- Print the job ad and mark three points to ask about.

### 2. During the Interview

- Say the question back in your own words.
- Think aloud while you sketch the approach.

### 3. After the Interview

- Send a short thank-you note the same day.
`;

const TOPICS = `# JavaScript Topics

### 1. Closures

A closure keeps the variables of the scope it was made in, after that scope has returned.

### 2. Hoisting

Declarations move to the top of their scope before the code runs; \`let\` stays unusable until its line.
`;

describe('a checklist of advice by phase', () => {
  it('is no deck: left out with the line of its first phase, not read as three questions', () => {
    let error: unknown;
    try {
      parseDeck(CHECKLIST, { file: 'tips.md', slug: 'tips' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).code).toBe('not-a-deck');
    expect((error as StudyguideError).line).toBe(6);
    expect((error as StudyguideError).message).toContain('"Before the Interview", "During the Interview", "After the Interview"');
  });

  it('is a deck of ours when its phases carry card answers: the author asks them', () => {
    const deck = parseDeck('# Call prep\n\n## Steps\n\n### 1. Before the call\n\n> Test the link.\n\n### 2. After the call\n\n> Send a thank-you note.\n', { file: 'prep.md', slug: 'prep' });
    expect(deck.sections[0].questions.length).toBe(2);
    expect(() => parseDeck('# Call prep\n\n## Steps\n\n### 1. Before the call\n\nTest the link.\n\n### 2. After the call\n\nSend a thank-you note.\n', { file: 'prep.md', slug: 'prep' })).toThrow(/checklist of advice by phase \("Before the call", "After the call"\)/);
  });

  it('leaves numbered topic cards over their explanations as questions', () => {
    const deck = parseDeck(TOPICS, { file: 'js.md', slug: 'js' });
    expect(deck.sections.flatMap((s) => s.questions.map((q) => q.text))).toEqual(['Closures', 'Hoisting']);
  });
});
