import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StudyguideError } from '../../src/errors.js';
import { cardFontMaxPt } from '../../src/render/render-cards.js';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const overflowDeck = 'test/fixtures/cards-overflow/overflow.md';
const fittingDeck = 'test/fixtures/cards-deck/git-workflow.md';

/**
 * Text size of each card face in cards.html, keyed like `3-cheat`: the card's, or its text's where
 * that is set smaller (the card, and its number and footer, keep the deck's size).
 */
function fittedSizes(file: string): Map<string, number> {
  const html = readFileSync(file, 'utf8');
  const cards = html.matchAll(
    /<article [^>]*data-card="([^"]+)"[^>]* style="font-size: ([\d.]+)pt"[^>]*>[\s\S]*?<div class="card-text"(?: style="font-size: ([\d.]+)pt")?>/g,
  );
  return new Map([...cards].map((m) => [m[1], Number(m[3] ?? m[2])]));
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

  it('sets one size for the deck that its one overlong card does not pull down: that card prints smaller, named with file:line', async () => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [fittingDeck], outDir, outputs: ['cards'], cardSize: 'business', strict: true });
    expect(result.failed).toEqual([]);
    expect(events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'card-overflow')).toEqual([]);
    const sizes = fittedSizes(path.join(outDir, 'git-workflow', 'cards.html'));
    expect(sizes.size).toBe(10);
    // Q10 has by far the longest answer (8 pt where the nine others fit at 9.5 pt): the nine
    // share one size, a point and more above Q10's, which prints at the largest size it fits at.
    const others = [...sizes].filter(([key]) => key !== '10-cheat').map(([, pt]) => pt);
    expect(new Set(others).size).toBe(1);
    expect(others[0]).toBeLessThanOrEqual(cardFontMaxPt('business'));
    expect(sizes.get('10-cheat')).toBeLessThanOrEqual(others[0] - 1);
    expect(sizes.get('10-cheat')).toBeGreaterThanOrEqual(7);
    const smaller = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'card-smaller' ? [e.diagnostic] : []));
    expect(smaller.map((d) => [d.file, d.line])).toEqual([[fittingDeck, 57]]);
    expect(smaller[0].message).toContain(
      `Q10 "How do you keep a fork up to date?": the card prints at ${sizes.get('10-cheat')} pt, under the deck's ${others[0]} pt`,
    );
    // The URL card fits (no overflow sideways) and all of the URL is printed.
    // pdftotext drops a hyphen at a line end, so compare without hyphens.
    const text = pdfText(path.join(outDir, 'git-workflow', 'cards.pdf')).replace(/[\s-]+/g, '');
    expect(text).toContain(
      'https://gitscm.com/docs/gitrebase#Documentation/gitrebase.txtinteractiveandalso/a/very/long/path/that/never/breaks/by/itself/unless/we/let/it/wrap/anywhere',
    );
  });
});

describe('a deck whose cards are alike in length', () => {
  it('keeps one size for every card, the longest included: no card is set apart for a few words more', async () => {
    const dir = await tempDir();
    const cards = Array.from({ length: 8 }, (_, i) => [
      `### What does step ${i + 1} check?`,
      '',
      `> It checks that the state left by step ${i} holds${' and still holds'.repeat(i % 3)}.`,
      '',
    ]).flat();
    await writeFile(path.join(dir, 'alike.md'), ['---', 'title: Alike', '---', '', '## Steps', '', ...cards].join('\n'));
    const { result, events } = await buildWith({
      paths: [path.join(dir, 'alike.md')],
      outDir: path.join(dir, 'out'),
      outputs: ['cards'],
      cardSize: 'business',
    });
    expect(result.failed).toEqual([]);
    expect(new Set(fittedSizes(path.join(dir, 'out', 'alike', 'cards.html')).values()).size).toBe(1);
    expect(events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'card-smaller')).toEqual([]);
  });
});

describe('an open question whose listing is far longer than the others', () => {
  it('names the question and its listing as what to shorten: the card has no answer', async () => {
    const deck = 'test/fixtures/cards-open-listing/open-listing.md';
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [deck], outDir, outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const sizes = fittedSizes(path.join(outDir, 'open-listing', 'cards.html'));
    expect(new Set([...sizes].filter(([key]) => key !== '5-cheat').map(([, pt]) => pt)).size).toBe(1);
    const smaller = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'card-smaller' ? [e.diagnostic] : []));
    expect(smaller.map((d) => [d.file, d.line])).toEqual([[deck, 21]]);
    // It said "shorten the card answer" of a card that prints none.
    expect(smaller[0].message).toMatch(
      /^Q5 "What does this script print, and why\?": the card prints at [\d.]+ pt, under the deck's [\d.]+ pt, to fit its text — shorten the question or the text under it /,
    );
  });
});
