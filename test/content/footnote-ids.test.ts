import { afterAll, describe, expect, it, vi } from 'vitest';

const ids = (html: string) => [...html.matchAll(/ (?:id|href)="#?([^"]+)"/g)].map((m) => m[1]);

// Watch mode keeps rendered fragments and moves what names their lines when an edit above moves them.
// Its own module graph: the parser's memory is switched on for it alone, not for the test files
// that run after it in this worker (they share its modules).
describe('footnote ids in watch mode', () => {
  afterAll(() => vi.resetModules());

  it('move with their answer when it comes from memory', async () => {
    vi.resetModules();
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const { rememberParses } = await import('../../src/content/markdown.js');
    const { allQuestions } = await import('../../src/model/deck.js');
    const deck = (above: string) =>
      parseDeck(`# D\n\n## S\n\n${above}### What is TTL?\n\nSeconds a record is kept[^ttl].\n\n[^ttl]: Set by the zone owner.\n`, { file: 'd.md', slug: 'd' });
    rememberParses();
    const before = ids(allQuestions(deck(''))[0].answerHtml);
    const after = ids(allQuestions(deck('Intro.\n\n'))[0].answerHtml);
    expect(before).toContain('fnote7-fn-ttl');
    expect(after).toContain('fnote9-fn-ttl');
    expect(after).toEqual(before.map((id) => id.replace('fnote7-', 'fnote9-')));
  });
});
