import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

// A bank's "Further reading" section between two others: links to read, no questions.
const bank = (reading: string) =>
  parseDeck(
    ['# CSS', '', '## Layout', '', '### What is the box model?', '', '> Content, padding, border, margin.', '', reading, '', '## Selectors', '', '### What is specificity?', '', '> The weight that decides which rule wins.', ''].join('\n'),
    { file: 'css.md', slug: 'css' },
  );

describe('a section of links only', () => {
  it("closes the section above it, in a deck of our own too: no empty-section warning, nothing lost", () => {
    const deck = bank('## Further reading\n\nUseful pages:\n\n- [The box model](https://example.com/box)\n- [Flexbox](https://example.com/flex) — a long guide');
    expect(deck.sections.map((s) => s.title)).toEqual(['Layout', 'Selectors']);
    expect(deck.sections[0].closing?.title).toBe('Further reading');
    expect(deck.sections[0].closing?.html).toContain('<a href="https://example.com/flex">Flexbox</a>');
    expect(deck.sections[0].closing?.html).toContain('Useful pages:');
    expect(deck.diagnostics).toEqual([]);
  });

  it('stays a section where it says more than where to read (and is warned about as empty)', () => {
    const deck = bank('## Notes\n\nThe box model changes with `box-sizing`, which most resets set to border-box for every element.\n\n- [The box model](https://example.com/box)');
    expect(deck.sections.map((s) => s.title)).toEqual(['Layout', 'Notes', 'Selectors']);
    expect(deck.diagnostics.map((d) => d.code)).toEqual(['empty-section']);
  });

  it("above the first questions, under the deck's own intro, ends that intro", () => {
    const deck = parseDeck('# CSS\n\nWhat I was asked.\n\n## Reading\n\n- [Specs](https://example.com/specs)\n\n## Layout\n\n### What is the box model?\n\n> Content, padding, border, margin.\n', { file: 'css.md', slug: 'css' });
    expect(deck.sections.map((s) => s.title)).toEqual(['Layout']);
    expect(deck.introHtml).toContain('<p><strong>Reading</strong></p>');
    expect(deck.introHtml).toContain('href="https://example.com/specs"');
    expect(deck.diagnostics).toEqual([]);
  });
});

describe('a section of ours holding a list of questions and no ### headings', () => {
  it('is said, at its line, whether it closes the deck or stands between others', () => {
    const list = '1. [React] What is JSX?\n   Tags compiled to function calls.\n2. [React] What is a hook?\n   A function using state.\n';
    const closing = parseDeck(`# Front end\n\n## CSS\n\n### What is the box model?\n\n> Content, padding, border, margin.\n\n## React\n\n${list}`, { file: 'fe.md', slug: 'fe' });
    expect(closing.diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`)).toEqual([
      '9: empty-section: section "React" has no questions but a list of 2 that ask ("[React] What is JSX?"): it prints as the deck\'s closing text — write each as a "### …?" heading to read them as questions',
    ]);
    const between = parseDeck(`# Front end\n\n## CSS\n\n### What is a selector?\n\n> A pattern naming elements.\n\n## React\n\n${list}\n## CSS\n\n### What is the box model?\n\n> Content, padding, border, margin.\n\n## HTML\n\n### What is a void element?\n\n> One with no closing tag.\n`, { file: 'fe.md', slug: 'fe' });
    expect(between.diagnostics.map((d) => d.message)).toContain(
      'section "React" has no questions but a list of 2 that ask ("[React] What is JSX?") — write each as a "### …?" heading to read them as questions',
    );
    const opening = parseDeck(`# Front end\n\n## React\n\n${list}\n## CSS\n\n### What is the box model?\n\n> Content, padding, border, margin.\n\n## HTML\n\n### What is a void element?\n\n> One with no closing tag.\n`, { file: 'fe.md', slug: 'fe' });
    expect(opening.diagnostics.map((d) => d.message)).toEqual([
      'section "React" has no questions but a list of 2 that ask ("[React] What is JSX?"): it prints as the deck\'s introduction — write each as a "### …?" heading to read them as questions',
    ]);
  });
});
