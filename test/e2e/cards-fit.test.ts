import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StudyguideError } from '../../src/errors.js';
import { cardFontMaxPt } from '../../src/render/render-cards.js';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const overflowDeck = 'test/fixtures/cards-overflow/overflow.md';
const fittingDeck = 'test/fixtures/cards-deck/git-workflow.md';

/** Text size of each card face in cards.html, keyed like `3-cheat`. */
function fittedSizes(file: string): Map<string, number> {
  const html = readFileSync(file, 'utf8');
  return new Map([...html.matchAll(/<article [^>]*data-card="([^"]+)"[^>]* style="font-size: ([\d.]+)pt"/g)].map((m) => [m[1], Number(m[2])]));
}

describe('fitting text to the card', () => {
  it('reports a card that does not fit even at 7 pt, with its number, question and overflow', async () => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [overflowDeck], outDir, outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const warnings = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'card-overflow' ? [e.diagnostic] : []));
    expect(warnings.length).toBe(1);
    const [w] = warnings;
    expect(w.line).toBe(16);
    expect(w.message).toContain('Q2 "How would you plan capacity for a launch?"');
    const over = Number(/by ([\d.]+) pt/.exec(w.message)?.[1]);
    expect(over).toBeGreaterThan(50);
    // The card that does not fit even at the floor does not pull the deck down: the deck keeps
    // the size its other cards fit at (above 10 pt on a 3×5 card), the overflowing card is at the floor.
    const sizes = fittedSizes(path.join(outDir, 'overflow', 'cards.html'));
    expect(sizes.get('1-cheat')).toBeGreaterThan(10);
    expect(sizes.get('1-cheat')).toBeLessThanOrEqual(cardFontMaxPt('index-3x5'));
    expect(sizes.get('2-cheat')).toBe(7);
    expect(pdfText(path.join(outDir, 'overflow', 'cards.pdf'))).toContain('How would you plan capacity for a launch?');
  });

  it('fails the deck under --strict with file:line of the question and writes nothing', async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: [overflowDeck], outDir, outputs: ['cards'], strict: true });
    expect(result.failed.length).toBe(1);
    const error = result.failed[0].error;
    expect(error).toBeInstanceOf(StudyguideError);
    const e = error as StudyguideError;
    expect(e.exitCode).toBe(1);
    expect(e.format()).toMatch(/^test\/fixtures\/cards-overflow\/overflow\.md:16: Q2 "How would you plan capacity for a launch\?" does not fit .* — /);
    expect(existsSync(path.join(outDir, 'overflow', 'cards.pdf'))).toBe(false);
  });

  it('sets one size for the whole deck, below the start where a long answer needs it, never below 7 pt, and wraps long URLs', async () => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [fittingDeck], outDir, outputs: ['cards'], cardSize: 'business', strict: true });
    expect(result.failed).toEqual([]);
    expect(events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'card-overflow')).toEqual([]);
    const sizes = fittedSizes(path.join(outDir, 'git-workflow', 'cards.html'));
    expect(sizes.size).toBe(10);
    // Q10 has the longest answer: the deck's one size is what it fits at, under the start, not below the floor.
    expect(new Set(sizes.values()).size).toBe(1);
    expect(sizes.get('10-cheat')).toBeLessThan(cardFontMaxPt('business'));
    expect(sizes.get('10-cheat')).toBeGreaterThanOrEqual(7);
    // The URL card fits (no overflow sideways) and all of the URL is printed.
    // pdftotext drops a hyphen at a line end, so compare without hyphens.
    const text = pdfText(path.join(outDir, 'git-workflow', 'cards.pdf')).replace(/[\s-]+/g, '');
    expect(text).toContain(
      'https://gitscm.com/docs/gitrebase#Documentation/gitrebase.txtinteractiveandalso/a/very/long/path/that/never/breaks/by/itself/unless/we/let/it/wrap/anywhere',
    );
  });
});
