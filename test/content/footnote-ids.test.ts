import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { rememberParses } from '../../src/content/markdown.js';
import { allQuestions } from '../../src/model/deck.js';

const deck = (above: string) =>
  parseDeck(`# D\n\n## S\n\n${above}### What is TTL?\n\nSeconds a record is kept[^ttl].\n\n[^ttl]: Set by the zone owner.\n`, { file: 'd.md', slug: 'd' });
const ids = (html: string) => [...html.matchAll(/ (?:id|href)="#?([^"]+)"/g)].map((m) => m[1]);

// Watch mode keeps rendered fragments and moves what names their lines when an edit above moves them.
describe('footnote ids in watch mode', () => {
  it('move with their answer when it comes from memory', () => {
    rememberParses();
    const before = ids(allQuestions(deck(''))[0].answerHtml);
    const after = ids(allQuestions(deck('Intro.\n\n'))[0].answerHtml);
    expect(before).toContain('fnote7-fn-ttl');
    expect(after).toContain('fnote9-fn-ttl');
    expect(after).toEqual(before.map((id) => id.replace('fnote7-', 'fnote9-')));
  });
});
