import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createQuizRenderer } from '../../src/render/render-quiz.js';

const render = createQuizRenderer(assetDirs());
const deck = (sections: string[]) =>
  parseDeck(
    [
      '# Quiz deck',
      '',
      ...sections.flatMap((s, i) => [`## ${s}`, '', `### What is item ${i + 1}?`, '', `> Answer ${i + 1}:`, '>', '> - first point', '> - second point', '']),
    ].join('\n'),
    {
      file: 'q.md',
      slug: 'q',
    },
  );

describe('the quiz', () => {
  it('titles each section over its first question, inside that question so a page never ends on the title', () => {
    const html = render(deck(['Networking', 'Storage']), { paper: 'a4' });
    const titles = [...html.matchAll(/<li class="quiz-question[^"]*"[^>]*>\s*(?:\{\{!.*?\}\}\s*)?<h2 class="quiz-section">([^<]+)<\/h2>\s*<h3>/g)].map(
      (m) => m[1],
    );
    expect(titles).toEqual(['Networking', 'Storage']);
  });

  it('prints no section title in a deck of one section', () => {
    expect(render(deck(['Only']), { paper: 'a4' })).not.toContain('<h2 class="quiz-section">');
  });

  it("keeps a card answer's lists as lists in the key: only the key's own items are laid out side by side", () => {
    const html = render(deck(['Networking', 'Storage']), { paper: 'a4' });
    expect(html).toMatch(/<div class="quiz-answer">.*?<ul>\s*<li>first point<\/li>/s);
    expect(html).not.toMatch(/\.quiz-answers li\s*\{[^}]*display:\s*flex/);
    expect(html).toMatch(/\.quiz-key-item\s*\{[^}]*display:\s*flex/);
  });

  it('prints no answer key when no question has an answer, and keys every question once one has', () => {
    const open = parseDeck('# Bank\n\n### What is a thread?\n\nStatus: open\n\n### What is a process?\n\nStatus: open\n', { file: 'b.md', slug: 'b' });
    expect(open.sections[0].questions.every((q) => q.open)).toBe(true);
    const keyless = render(open, { paper: 'a4' });
    expect(keyless).not.toContain('id="answer-key"');
    expect(keyless.match(/<li class="quiz-question/g)).toHaveLength(2);
    const one = parseDeck('# Bank\n\n### What is a thread?\n\n> A path of execution.\n\n### What is a process?\n\nStatus: open\n', { file: 'b.md', slug: 'b' });
    const keyed = render(one, { paper: 'a4' });
    expect(keyed).toContain('id="answer-key"');
    expect(keyed.match(/class="quiz-key-item"/g)).toHaveLength(2);
  });
});
