import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildEvent } from '../../src/model/build-options.js';
import { buildWith, tempDir } from '../helpers.js';
import { greyPage } from '../pdf-grey-page.js';
import { parseInPlace } from '../parse-in-place.js';
import { embeddedFonts } from '../pdf-embedded-fonts.js';

// A deck's own SVG pictures, placed as <img>, could not reach the page's fonts: their text
// printed in the machine's serif (LiberationSerif here). Placed as markup, it prints in the
// bundled faces, at the size the picture had.
parseInPlace();

const DECK = 'test/fixtures/svg-pictures/deck.md';
let out = '';
let events: BuildEvent[] = [];
const file = (name: string) => path.join(out, 'deck', name);

beforeAll(async () => {
  out = await tempDir();
  ({ events } = await buildWith({ paths: [DECK], outDir: out, outputs: ['guide', 'cards'] }));
});

const BUNDLED = /^(SourceSerif4|SourceSans3|SourceCodePro|FiraCode|NotoSansMath|NotoSansSymbols2|NotoEmoji)/;

/** Each word of `words` with the font `mutool trace` says prints its first letter. */
function fontsOf(pdf: string, words: string[]): Record<string, string> {
  const trace = execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const found: Record<string, string> = {};
  for (const span of trace.split('</span>')) {
    const font = /<span font="([^"]+)"/.exec(span)?.[1].replace(/^[A-Z]{6}\+/, '');
    const text = [...span.matchAll(/<g unicode="([^"]*)"/g)].map((m) => m[1]).join('');
    for (const w of words) if (font && text.includes(w) && !found[w]) found[w] = font;
  }
  return found;
}

/**
 * The box (in points) of the area a page fills in the grey `level`, from a 144 dpi rendering: the
 * rows and columns with at least 40 pixels of it (the edges of letters are that grey here and there).
 */
function boxOfGrey(pdf: string, page: number, level: number): { width: number; height: number } | undefined {
  const grey = greyPage(pdf, page, 144);
  const rows = new Array<number>(grey.height).fill(0);
  const columns = new Array<number>(grey.width).fill(0);
  for (let y = 0; y < grey.height; y++)
    for (let x = 0; x < grey.width; x++) {
      if (Math.abs(grey.at(x, y) - level) > 2) continue;
      rows[y]++;
      columns[x]++;
    }
  const span = (counts: number[]) => {
    const full = counts.flatMap((n, i) => (n >= 40 ? [i] : []));
    return full.length ? ((full[full.length - 1] - full[0] + 1) * 72) / 144 : undefined;
  };
  const [width, height] = [span(columns), span(rows)];
  return width && height ? { width, height } : undefined;
}

describe("a deck's SVG pictures", () => {
  it('print their text in the bundled faces: serif, sans and mono as the picture names them', () => {
    const guide = file('guide.pdf');
    expect(embeddedFonts(guide).filter((f) => !BUNDLED.test(f))).toEqual([]);
    const fonts = fontsOf(guide, ['Producer', 'Queue', 'worker.run()', 'Times', 'Courier', 'odd']);
    expect(fonts.Producer).toMatch(/^SourceSerif4/);
    expect(fonts.Queue).toMatch(/^SourceSans3/);
    expect(fonts['worker.run()']).toMatch(/^SourceCodePro/);
    expect(fonts.Times).toMatch(/^SourceSerif4/);
    expect(fonts.Courier).toMatch(/^SourceCodePro/);
    expect(fonts.odd).toMatch(/^SourceSans3/);
    const trace = execFileSync('mutool', ['trace', guide], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(trace).not.toMatch(/ glyph="0"/);
  });

  it('keep the size the picture has: 6 cm × 2 cm prints 170.1 × 56.7 pt', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file('guide.pdf')], { encoding: 'utf8' }))![1]);
    const boxes = Array.from({ length: pages }, (_, i) => boxOfGrey(file('guide.pdf'), i + 1, 153)).filter(Boolean);
    expect(boxes).toHaveLength(1);
    expect(Math.abs(boxes[0]!.width - (6 / 2.54) * 72)).toBeLessThanOrEqual(1);
    expect(Math.abs(boxes[0]!.height - (2 / 2.54) * 72)).toBeLessThanOrEqual(1);
  });

  it('keep their ids to themselves: three pictures with a marker "tip" (one drawing placed twice) point at their own', () => {
    const html = readFileSync(file('guide.html'), 'utf8');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // faces.svg twice and faces-again.svg, each with its marker "tip".
    const tips = ids.filter((id) => id.endsWith('-tip'));
    expect(tips.length).toBe(3);
    for (const tip of tips) expect(html).toContain(`url(#${tip})`);
  });

  it("say once, at the picture's line, when a family it names is not bundled", () => {
    const warned = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'picture-font' ? [e.diagnostic] : []));
    expect(warned.map((d) => `${path.basename(d.file)}:${d.line}`)).toEqual(['deck.md:36']);
    expect(warned[0].message).toContain('"Papyrus Deluxe"');
    expect(warned[0].message).toContain('odd-face.svg');
  });
});
