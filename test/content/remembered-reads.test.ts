import { afterAll, describe, expect, it, vi } from 'vitest';

// Watch mode's parser reads each section's language once per text (content/remembered-reads.ts):
// a save that changes one question reads its section again, not every section (the reads were a
// seventh of a save's parse). Its own module graph: the parser's memory is switched on for it alone.
describe("watch mode's parser", () => {
  afterAll(() => {
    vi.doUnmock('../../src/content/detect-language.js');
    vi.resetModules();
  });

  const deck = (first: string) =>
    ['# Languages', '', '## First part', '', '### What is one?', '', `> ${first}`, '', '## Second part', '', '### What is two?', '', '> The second answer, left alone.', ''].join('\n');

  it("reads again the language of the section a save changed, not the others'", async () => {
    vi.resetModules();
    const reads: string[] = [];
    vi.doMock('../../src/content/detect-language.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/content/detect-language.js')>();
      return {
        ...real,
        partLanguage: (text: string) => {
          reads.push(text);
          return real.partLanguage(text);
        },
      };
    });
    const { rememberParses } = await import('../../src/content/markdown.js');
    const { deckFromBytes } = await import('../../src/content/load-deck.js');
    rememberParses();
    const second = () => reads.filter((t) => t.includes('left alone')).length;
    deckFromBytes('deck.md', Buffer.from(deck('The first answer.')));
    expect(second()).toBeGreaterThan(0);
    reads.length = 0;
    const edited = deckFromBytes('deck.md', Buffer.from(deck('The first answer, edited.'))).deck;
    expect(reads.some((t) => t.includes('edited'))).toBe(true);
    expect(second()).toBe(0);
    expect(edited.sections.map((s) => s.questions[0].cardText)).toEqual(['The first answer, edited.', 'The second answer, left alone.']);
  });
});
