import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfToolOutput } from '../pdf-tool-output.js';

parseInPlace();

/**
 * The line at the top of duplex-test.pdf names the side and the edge to flip on. Business cards
 * (85 × 54 mm) on A4 leave too short a margin above them for it at its usual size, and it printed
 * at 7 pt there, in type too small to read at a glance; it is 9 pt at least, within the paper.
 * Letter's business cards leave room for it at its usual 10 pt: read as well, unchanged.
 */
const deck = 'test/fixtures/duplex-label-size/deck.md';

/** Each page's top line (the text that opens with FRONT or BACK, not the pale word across the sheet): its size in points and left end. */
function topLines(file: string): { text: string; size: number; left: number }[] {
  const lines: { text: string; size: number; left: number }[] = [];
  let scale = 1;
  let open: { text: string; size: number; left: number } | undefined;
  for (const line of pdfToolOutput('mutool', ['trace'], file).split('\n')) {
    const fill = /<fill_text .*?color="([^"]*)".*?transform="([-\d.]+) ([-\d.]+) /.exec(line);
    if (fill) scale = fill[1] === '0 0 0' ? Math.hypot(Number(fill[2]), Number(fill[3])) : 0;
    const span = /<span font="[^"]+".*?trm="([-\d.]+) ([-\d.]+) /.exec(line);
    if (span) open = scale ? { text: '', size: Math.round(Math.hypot(Number(span[1]), Number(span[2])) * scale * 10) / 10, left: Infinity } : undefined;
    const glyph = /<g unicode="([^"]*)".*? x="([-\d.]+)"/.exec(line);
    if (glyph && open) {
      if (!open.text) lines.push(open);
      open.text += glyph[1];
      open.left = Math.min(open.left, Number(glyph[2]) * scale);
    }
  }
  return lines.filter((l) => /^(FRONT|BACK)/.test(l.text));
}

const found: Record<string, { text: string; size: number; left: number }[]> = {};

beforeAll(async () => {
  const outDir = await tempDir('duplex-label-size-');
  for (const [paper, cardSize] of [
    ['a4', 'business-85x54'],
    ['letter', 'business'],
  ] as const) {
    const out = path.join(outDir, paper);
    const { result } = await buildWith({ paths: [deck], outDir: out, outputs: ['cards'], cardFaces: 'flash', cardLayout: 'sheet', cardSize, paper });
    expect(result.failed).toEqual([]);
    found[paper] = topLines(path.join(out, 'deck', 'duplex-test.pdf'));
  }
}, 240_000);

describe("the duplex test's top line over business cards", () => {
  it.each(['a4', 'letter'])('%s: names each side in 9 pt type at least, clear of the paper edge', (paper) => {
    const lines = found[paper];
    expect(lines.map((l) => l.text.slice(0, 4)).sort()).toEqual(['BACK', 'FRON']);
    for (const l of lines) {
      expect(l.size, l.text).toBeGreaterThanOrEqual(9);
      expect(l.left, l.text).toBeGreaterThan(10);
    }
  });
});
