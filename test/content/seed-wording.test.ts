import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textWords } from '../../src/content/text-words.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseHtml, textOf } from '../render/html-dom.js';
import { untypeset } from '../untypeset.js';

// The bundled deck carries the seed page's questions, but its answers are written anew. The
// fixture holds a hash of every run of `gram` words in the page's answers (scripts/seed-grams.mjs),
// so no answer, card, intro or closing note may repeat that many words of the page in a row.
const fixture: { gram: number; hashes: string[] } = JSON.parse(readFileSync('test/fixtures/seed-questions/answer-grams.json', 'utf8'));
const seedRuns = new Set(fixture.hashes);
const hash = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 16);

/** Each run of `gram` words a text shares with the seed page's answers. */
function sharedRuns(text: string): string[] {
  const words = textWords(text);
  const runs: string[] = [];
  for (let i = 0; i + fixture.gram <= words.length; i++) {
    const run = words.slice(i, i + fixture.gram).join(' ');
    if (seedRuns.has(hash(run))) runs.push(run);
  }
  return runs;
}

describe('the bundled deck in its own words', () => {
  it('catches a sentence taken from the page (the check can fail)', () => {
    expect(fixture.gram).toBe(8);
    expect(seedRuns.size).toBeGreaterThan(2000);
    // Two of the page's own sentences, and the same facts in other words.
    expect(sharedRuns('Test restores regularly — an untested backup is a hope, not a plan.').length).toBeGreaterThan(0);
    expect(sharedRuns('Always cache at the layer closest to the bottleneck.')).toEqual(['cache at the layer closest to the bottleneck']);
    expect(sharedRuns('Restore your backups often: until a restore has worked, a backup is only an assumption.')).toEqual([]);
  });

  it('shares no run of 8 words with the page in any answer, card, intro or closing note', async () => {
    const deck = await loadDeck('content/infrastructure-engineer.md');
    const texts: [string, string][] = [
      ['intro', textOf(parseHtml(deck.introHtml))],
      ['closing notes', textOf(parseHtml(deck.outro?.html ?? ''))],
      ...allQuestions(deck).flatMap((q): [string, string][] => [
        [`${q.text} (card)`, q.cardText],
        [`${q.text} (answer)`, q.answerText],
      ]),
    ];
    expect(texts.length).toBe(2 + 2 * 42);
    const close = texts.flatMap(([where, text]) => sharedRuns(text).map((run) => `${where}: "${run}"`));
    expect(close).toEqual([]);
  });

  it('gives every question a card answer and a full answer, as its intro says', async () => {
    const deck = await loadDeck('content/infrastructure-engineer.md');
    expect(untypeset(textOf(parseHtml(deck.introHtml)))).toMatch(/Every question comes with a short card answer to recall and a full answer to study/);
    const short = allQuestions(deck).filter((q) => q.answerFromCard || q.cardGenerated).map((q) => q.text);
    expect(short).toEqual([]);
  });
});
