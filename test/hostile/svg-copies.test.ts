import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDeck } from '../../src/content/parse-deck.js';
import { tempDir } from '../helpers.js';

/** An SVG whose <use> elements copy a square ten times per level, `levels` deep: 10^levels squares drawn. */
function useBomb(levels: number, cycle = false): string {
  const groups = Array.from({ length: levels }, (_, i) => `<g id="a${i + 1}">${`<use xlink:href="#a${i}"/>`.repeat(10)}</g>`).join('');
  const loop = cycle ? '<g id="loop"><rect width="1" height="1"/><use href="#loop"/></g>' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><defs><g id="a0"><rect width="1" height="1"/></g>${groups}${loop}</defs><use xlink:href="#a${levels}"/></svg>`;
}

async function imageWarnings(files: Record<string, string>, markdown: string) {
  const dir = await tempDir('studyguide-svg-copies-');
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const deck = parseDeck(`# T\n\n## S\n\n### Q?\n\n> card\n\n${markdown}\n`, { file: 'd.md', slug: 'd', baseDir: dir });
  return {
    html: deck.sections[0].questions[0].answerHtml,
    warnings: deck.diagnostics.filter((d) => d.code === 'image-blocked').map((d) => `${d.line}: ${d.message}`),
  };
}

describe('an SVG whose <use> elements copy copies', () => {
  it('is left out with a warning at its line, file or data: URL (a billion-squares SVG hung the print for good)', async () => {
    const bomb = useBomb(11);
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(bomb).toString('base64')}`;
    const { html, warnings } = await imageWarnings({ 'lol.svg': bomb }, `![squares](lol.svg)\n\n![again](${dataUrl})`);
    expect(html).not.toContain('data:image/svg+xml');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^9: image "lol\.svg" left out: its <use> elements draw 680,246,913,441 copies, more than the 20,000 a picture may have to print in good time — /,
    );
    expect(warnings[1]).toMatch(/^11: image "data:image\/svg\+xml;base64,.*" left out: its <use> elements draw 680,246,913,441 copies/);
  });

  it('counts a <use> whose href is written with a character reference (&#35; for #) as the browser reads it', async () => {
    const bomb = useBomb(11).replace(/xlink:href="#/g, 'xlink:href="&#35;');
    const { html, warnings } = await imageWarnings({ 'lol.svg': bomb }, '![squares](lol.svg)');
    expect(html).not.toContain('data:image/svg+xml');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^9: image "lol\.svg" left out: its <use> elements draw 680,246,913,441 copies/);
  });

  it("counts a <use> whose href is written with an entity the SVG's DOCTYPE declares as the browser reads it", async () => {
    const bomb = useBomb(11).replace(/xlink:href="#/g, 'xlink:href="&h;');
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE svg [\n  <!ENTITY h "#">\n]>\n';
    const { html, warnings } = await imageWarnings({ 'lol.svg': doctype + bomb }, '![squares](lol.svg)');
    expect(html).not.toContain('data:image/svg+xml');
    expect(warnings).toEqual([expect.stringMatching(/^9: image "lol\.svg" left out: its <use> elements draw 680,246,913,441 copies/)]);
  });

  it('a few hundred copies, or a <use> that loops on itself (the browser draws it once), print as before', async () => {
    const { html, warnings } = await imageWarnings({ 'icons.svg': useBomb(2), 'loop.svg': useBomb(1, true) }, '![icons](icons.svg) ![loop](loop.svg)');
    expect(warnings).toEqual([]);
    expect(html.match(/data:image\/svg\+xml/g)).toHaveLength(2);
  });
});
