import { afterAll, describe, expect, it, vi } from 'vitest';

// Watch mode's parser reads a deck's front matter once while its text stays as read (the YAML
// parser ran twice on every save). Its own module graph: the parser's memory is on for it alone.
describe("watch mode's parser and the deck's front matter", () => {
  afterAll(() => {
    vi.doUnmock('../../src/content/front-matter.js');
    vi.resetModules();
  });

  const deck = (title: string, answer: string) => ['---', `title: ${title}`, 'tags: [a, b]', '---', '', '## Part', '', '### What is one?', '', `> ${answer}`, ''].join('\n');

  it('reads it again only when it changes, and hands each parse a copy of its own', async () => {
    vi.resetModules();
    const reads: string[] = [];
    vi.doMock('../../src/content/front-matter.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/content/front-matter.js')>();
      return {
        ...real,
        parseFrontMatter: (yaml: string, file: string, line: number) => {
          reads.push(yaml);
          return real.parseFrontMatter(yaml, file, line);
        },
      };
    });
    const { rememberParses } = await import('../../src/content/markdown.js');
    const { deckFromBytes } = await import('../../src/content/load-deck.js');
    rememberParses();
    const first = deckFromBytes('deck.md', Buffer.from(deck('Numbers', 'The first answer.'))).deck;
    expect(reads.length).toBeGreaterThan(0);
    (first.frontMatter.tags as string[]).push('changed by a caller');
    reads.length = 0;
    const second = deckFromBytes('deck.md', Buffer.from(deck('Numbers', 'The first answer, edited.'))).deck;
    expect(reads).toEqual([]);
    expect(second.frontMatter.tags).toEqual(['a', 'b']);
    expect(second.sections[0].questions[0].cardText).toBe('The first answer, edited.');
    const third = deckFromBytes('deck.md', Buffer.from(deck('Letters', 'The first answer, edited.'))).deck;
    expect(reads.length).toBeGreaterThan(0);
    expect(third.title).toBe('Letters');
  });
});
