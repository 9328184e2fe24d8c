import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A French deck of three sections: its last section, sent to open the last page whole, was headed
 * by the first section ("Le réseau" over "Les sauvegardes"): the chapter's own page name was read
 * with the plan the guide had been rendered with still applied, which named the first section's page.
 */
const deckFile = 'test/fixtures/running-heads/reseaux-fr.md';
const SECTIONS = ['Le réseau', 'Le système', 'Les sauvegardes'];

let file = '';
beforeAll(async () => {
  const outDir = await tempDir('running-head-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  file = path.join(outDir, 'reseaux-fr', 'guide.pdf');
}, 120_000);

describe('a guide page whose first heading opens a section', () => {
  it('is headed by that section', () => {
    const pages = pdfPages(file, true);
    let checked = 0;
    pages.forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim());
      // The first line is the running head; the line under it, when it is a section's title, opens that section on this page.
      const opens = SECTIONS.find((s) => lines[1]?.trim() === s);
      if (!opens || i === 0) return;
      checked++;
      expect(lines[0], `page ${i + 1}`).toContain(opens);
    });
    expect(checked, 'pages that open with a section').toBeGreaterThan(0);
  });
});
