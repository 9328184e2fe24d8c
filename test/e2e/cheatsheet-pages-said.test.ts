import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { build, type BuildEvent } from '../../src/index.js';
import { pdfPages, sharedBrowserEnv, tempDir } from '../helpers.js';
import { labelsFor } from '../../src/model/labels.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// build() prints with the test run's browser (the endpoint a program may name too), not one of its own
// for each call: what is pinned here is the result, and a build launching its browser is tested
// in cli/build-ok.test.ts and api-abort.test.ts.
beforeAll(() => {
  for (const [name, value] of Object.entries(sharedBrowserEnv())) vi.stubEnv(name, value);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

/**
 * A cheat sheet that needs two pages said so only in the build's line: a program calling build()
 * saw a file of two pages and no reason, and the printed pages read "1 / 2" in a corner. The
 * result's file now carries the note, also when the sheet is up to date, and each page reads
 * "page 1 of 2" in the deck's words, as the guide's do.
 */
describe('a cheat sheet of several pages', () => {
  it('says why in the build result and in its output event, and numbers its pages "page X of Y"', async () => {
    const outDir = await tempDir();
    const note = 'needs 2 pages: does not fit on one even at 7 pt set tight';
    const events: BuildEvent[] = [];
    const options = {
      paths: ['content/infrastructure-engineer.md'],
      outDir,
      outputs: ['cheatsheet' as const],
      paper: 'letter' as const,
      config: false as const,
    };
    const first = await build({ ...options, onEvent: (e) => events.push(e) });
    expect(first.failed).toEqual([]);
    const file = path.join(outDir, 'infrastructure-engineer', 'cheatsheet.pdf');
    expect(first.outputs.find((o) => o.path === file)).toMatchObject({ pages: 2, note, cached: false });
    // The build's line says it too (the CLI prints the event; cheatsheet-letter-spill.test.ts has the sheet that does fit).
    expect(events.find((e) => e.type === 'output' && e.file === file)).toMatchObject({ pages: 2, note });
    const pages = pdfPages(file).map((p) => p.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('page 1 of 2');
    expect(pages[1]).toContain('page 2 of 2');
    // Built again unchanged: the file is up to date, and the result still says why it has two pages.
    const again = await build(options);
    expect(again.outputs.find((o) => o.path === file)).toMatchObject({ pages: 2, note, cached: true });
  });

  it("prints no page number on a sheet of one page, each deck's nor the combined one", async () => {
    // "page 1 of 1" on a lone sheet said nothing; a sheet of two pages keeps its numbers (above).
    const outDir = await tempDir();
    const result = await build({
      paths: ['test/fixtures/sheet-finish/short-four.md', 'test/fixtures/sheet-finish/nine-russian.md'],
      outDir,
      outputs: ['cheatsheet'],
      paper: 'letter',
      combine: true,
      config: false,
    });
    expect(result.failed).toEqual([]);
    // Each deck's folio in its own words ("page 1 of 1", "с. 1 из 1"); the combined sheet's in either.
    const folios = ['en', 'ru'].map((lang) => `${labelsFor(lang).pagePrefix}1${labelsFor(lang).pageOf}1`.replace(/\s+/g, ' ').trim());
    for (const slug of ['short-four', 'nine-russian', 'all']) {
      const file = path.join(outDir, slug, 'cheatsheet.pdf');
      expect(
        result.outputs.find((o) => o.path === file),
        slug,
      ).toMatchObject({ pages: 1 });
      const [page] = pdfPages(file).map((p) => p.replace(/\s+/g, ' '));
      for (const folio of folios) expect(page, slug).not.toContain(folio);
      expect(page, slug).not.toMatch(/\b1 (?:\/|of|из) 1\b/);
    }
  });
});
