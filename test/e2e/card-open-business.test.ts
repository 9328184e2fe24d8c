import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { textRuns } from '../pdf-font-sizes.js';

parseInPlace();

const deck = 'test/fixtures/cards-open-long/open-long.md';

describe('open questions of three or four lines on business cards', () => {
  it('keep two lines to write on under each and fit the card: none clipped, one size for the deck', async () => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [deck], outDir, outputs: ['cards'], cardSize: 'business' });
    expect(result.failed).toEqual([]);
    // Three ruled lines (0.75 in of the card's 2 in) under a four-line question overflowed even at 7 pt.
    const overflow = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'card-overflow' ? [e.diagnostic.message] : []));
    expect(overflow).toEqual([]);
    const file = path.join(outDir, 'open-long', 'cards.pdf');
    const questionSizes = new Set(textRuns(file).flatMap((r) => (/SourceSans3-(Bold|Semibold)/.test(r.font) && r.size > 7 ? [r.size] : [])));
    expect(questionSizes.size).toBe(1);
    expect(pdfText(file).replace(/\s+/g, ' ')).toContain('how the final decision was made. And the follow-up?');
  });
});
