import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The backs of duplex-test.pdf tell the reader what to do when the flip is wrong, and broke that
 * advice where it matters most: "or build with --" over "duplex short.", and "front" over a lone
 * "3", on A4 and Letter alike. The flag is one piece of code, the number stays with its word.
 */
const deck = 'test/fixtures/duplex-test-lines/deck.md';
const backs: Record<string, string[]> = {};

beforeAll(async () => {
  const outDir = await tempDir('duplex-test-lines-');
  for (const paper of ['a4', 'letter'] as const) {
    const out = path.join(outDir, paper);
    const { result } = await buildWith({ paths: [deck], outDir: out, outputs: ['cards'], cardFaces: 'flash', cardLayout: 'sheet', paper });
    expect(result.failed).toEqual([]);
    backs[paper] = pdfPages(path.join(out, 'deck', 'duplex-test.pdf'), true)[1].split('\n');
  }
}, 240_000);

describe('the back of the duplex test', () => {
  it.each(['a4', 'letter'])('%s: prints the flag to build with whole, on one line', (paper) => {
    const lines = backs[paper];
    expect(lines.filter((l) => /--duplex (long|short)/.test(l)).length).toBeGreaterThan(0);
    expect(lines.filter((l) => /--\s*$|^\s*duplex (long|short)/.test(l) || /--\s+duplex/.test(l))).toEqual([]);
  });

  it.each(['a4', 'letter'])('%s: keeps each card number on the line of its word', (paper) => {
    // Two cards side by side share a text line: a number left alone opens a line or a column.
    expect(backs[paper].filter((l) => /front\s*$|front {3,}/.test(l))).toEqual([]);
    expect(backs[paper].filter((l) => /front \d should/.test(l)).length).toBeGreaterThan(0);
  });
});
