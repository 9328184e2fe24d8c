import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A post kept for a Hugo site opens with TOML front matter between `+++` lines (fixture numbered-toml-front-matter):
// read as text, the block printed as the deck's introduction and its title went unread.
const post = (front: string[]) => ['+++', ...front, '+++', 'Questions rewritten in our words.', '', '## How did you learn to program?', '', 'From a programmable calculator.', '', '## Which language do you like best?', '', 'The one that gets the job done.', ''].join('\n');

describe('TOML front matter', () => {
  it('is read as front matter: its title names the deck, nothing of it printed', () => {
    const deck = parseDeck(post(['date = 2021-10-19T16:00:00Z', 'draft = true', 'tags = ["notes", "career"]', 'title = "Answers from programmers"']), { file: 'p.md', slug: 'p' });
    expect(deck.title).toBe('Answers from programmers');
    expect(deck.introHtml).not.toContain('+++');
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['How did you learn to program?', 'Which language do you like best?']);
  });

  it('keeps line numbers: a question after it is found at its own line', () => {
    const deck = parseDeck(post(['title = "Answers"', 'slug = "answers"']), { file: 'p.md', slug: 'p' });
    expect(allQuestions(deck)[0].line).toBe(7);
  });

  it('leaves a block it cannot read out, with a warning at its first line', () => {
    const deck = parseDeck(post(['title = "Answers"', '[params]', 'cover = "a.png"']), { file: 'p.md', slug: 'p' });
    expect(deck.diagnostics.map((d) => `${d.line}: ${d.code}`)).toContain('1: left-out');
    expect(deck.introHtml).not.toContain('+++');
  });
});
