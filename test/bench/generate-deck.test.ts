import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateDeck } from '../../bench/generate-deck.mjs';
import { loadDeck, MAX_DECK_BYTES } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { tempDir } from '../temp-dir.js';

describe('benchmark deck generator', () => {
  it('gives the same bytes for the same size and seed, other bytes for another seed', () => {
    expect(generateDeck(60)).toBe(generateDeck(60));
    expect(generateDeck(60, 2)).not.toBe(generateDeck(60));
  });

  it('writes a valid deck with the asked number of questions, lists and code', async () => {
    const file = path.join(await tempDir('studyguide-gen-'), 'deck.md');
    const text = generateDeck(120);
    await writeFile(file, text);
    const deck = await loadDeck(file);
    expect(allQuestions(deck)).toHaveLength(120);
    expect(deck.sections.length).toBeGreaterThan(3);
    expect(text).toMatch(/^- \*\*/m);
    expect(text).toMatch(/^```(hcl|yaml|bash|sql)$/m);
    expect(allQuestions(deck).every((q) => q.cardText.length > 0 && !q.cardGenerated)).toBe(true);
  });

  it('keeps 5,000 questions under the deck size limit', () => {
    expect(Buffer.byteLength(generateDeck(5000))).toBeLessThan(MAX_DECK_BYTES);
  });
});
