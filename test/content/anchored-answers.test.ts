import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A table of questions whose rows link to answers under topic headings further down (fixture
// studyguide-anchored-answers): the deck had no questions at all.
const bank = (rows: string[]) =>
  ['# Go', '', '| No. | Title | Show Answer |', '| --- | --- | --- |', ...rows, '', '## Goroutines', '', 'A function run concurrently by the runtime.', '', '## Channels', '', 'A typed pipe between goroutines.', ''].join('\n');

describe('a table of questions linking to their answers below', () => {
  it('asks each question at the heading its row links to', () => {
    const deck = parseDeck(bank(['| 1 | What is a goroutine? | [Show Answer](#goroutines) |', '| 2 | What is a channel? | <a href="#channels">Show Answer</a> |']), { file: 'g.md', slug: 'g' });
    expect(allQuestions(deck).map((q) => [q.text, q.cardText])).toEqual([
      ['What is a goroutine?', 'A function run concurrently by the runtime.'],
      ['What is a channel?', 'A typed pipe between goroutines.'],
    ]);
    expect(deck.diagnostics.map((d) => `${d.line}: ${d.code}`)).toContain('3: left-out');
  });

  it('leaves a table whose rows do not ask, or link nowhere below, alone', () => {
    expect(() => parseDeck(bank(['| 1 | Goroutines | [Read](#goroutines) |', '| 2 | Channels | [Read](#channels) |']), { file: 'g.md', slug: 'g' })).toThrow(/no questions/);
  });
});

describe('a contents table over headings that ask already', () => {
  it('leaves the questions as their headings word them', () => {
    const deck = parseDeck(
      ['# Go', '', '| No. | Question | Link |', '| --- | --- | --- |', '| 1 | What is a goroutine? | [Answer](#what-is-a-goroutine-and-who-runs-it) |', '| 2 | What is a channel? | [Answer](#what-is-a-channel) |', '', '### What is a goroutine, and who runs it?', '', 'The runtime.', '', '### What is a channel?', '', 'A pipe.', ''].join('\n'),
      { file: 'g.md', slug: 'g' },
    );
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['What is a goroutine, and who runs it?', 'What is a channel?']);
  });
});
