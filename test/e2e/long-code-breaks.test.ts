import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { glyphFonts, phraseFonts } from '../pdf-glyph-fonts.js';

/**
 * A deck of hostile shapes: a 60-character snake_case name in a question heading and in prose,
 * in inline code, and a one-sentence question of three lines whose ask ends on a list.
 */
const deckFile = 'test/fixtures/inspect96/hostile.md';
const NAME = 'reconcile_pending_ledger_entries_with_the_settlement_batches';

/** Each place `name` is printed, its characters with the line ends (and blank lines) between them. */
function printed(text: string, name: string): string[] {
  const anyBreak = [...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\n*');
  return [...text.matchAll(new RegExp(anyBreak, 'g'))].map((m) => m[0]);
}

let out = '';
beforeAll(async () => {
  out = await tempDir('long-code-breaks-');
  const { result } = await buildWith({ paths: [deckFile], outDir: out, outputs: ['guide', 'cheatsheet', 'cards'], cardSize: 'business' });
  expect(result.failed).toEqual([]);
});

describe('a long name in inline code', () => {
  // Before: "…settlement_batche" over a lone "s" (the heading), "…_settleme" over "nt_batches" (the
  // prose), "…with_the_s" over "ettlement_batches" on the business card.
  it.each(['guide.pdf', 'cards.pdf'])('breaks only after its underscores (%s)', (file) => {
    const found = printed(pdfPages(path.join(out, 'hostile', file)).join('\n'), NAME);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.includes('\n'))).toBe(true);
    for (const f of found) expect(f.replace(/_\n+/g, '_'), JSON.stringify(f)).not.toContain('\n');
  });
});

describe('a long one-sentence question on the cheat sheet', () => {
  it('sets in bold the question from its question word, not only its last list item', () => {
    const glyphs = glyphFonts(path.join(out, 'hostile', 'cheatsheet.pdf'));
    // Before: "serving stale data and failing?" alone bold, "how do you choose between shedding load," regular.
    const asks = phraseFonts(glyphs, 'how do you choose between shedding load, serving stale data and failing?');
    expect(asks).toBeDefined();
    // Its scenario is too short to set apart from a question that starts so: all of it is asked, in bold.
    expect(
      asks!.every((f) => /Bold|Semibold/i.test(f)),
      asks!.join(),
    ).toBe(true);
  });
});
