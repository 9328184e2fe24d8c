import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { outlineOf } from './guide-reading.js';

parseInPlace();

/**
 * A heading with no questions under it, only a line or two of text (a group's lead-in, "Formato
 * común" over one line of examples in a Spanish bank), was listed in the contents among the
 * sections of questions, where it read as a section whose questions had gone missing. It prints
 * in the guide as before, and the contents list only what a reader would look up: sections of
 * questions, and text of some length or with a list (a deck's closing drills).
 */
const fixture = 'test/fixtures/contents-text-sections';
const SHORT = 'Scenarios — How to read them';
const LONG = 'Further practice';

/** The contents' entries (the lines ending in a page number after a gap) and the rest of the text. */
function contents(pages: string[]): { toc: string; body: string } {
  const lines = pages.join('\n').split('\n');
  const entry = (l: string) => /\S\s{2,}\d+\s*$/.test(l);
  return { toc: lines.filter(entry).join('\n'), body: lines.filter((l) => !entry(l)).join('\n') };
}

describe.each([
  ['a combined guide', true, 'all'],
  ["a deck's own guide", false, 'incidents'],
] as const)('%s', (_name, combine, folder) => {
  let toc = '';
  let body = '';
  let bookmarks: string[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('contents-text-sections-');
    const { result } = await buildWith({ paths: [fixture], outDir, combine, outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, folder, 'guide.pdf');
    ({ toc, body } = contents(pdfPages(file, true)));
    bookmarks = (await outlineOf(file)).map((e) => e.title);
    expect(toc).toContain('Detection');
  }, 180_000);

  it('leaves a heading with only a line of text under it out of the contents, and prints it in the guide', () => {
    expect(toc).toContain('Scenarios — Storage');
    expect(toc).not.toContain(SHORT);
    expect(body).toContain(SHORT);
    expect(body.replace(/\s+/g, ' ')).toContain('Each scenario below starts from a page you just received.');
  });

  it('lists text a reader looks up: a closing section with a list', () => {
    expect(toc).toContain(LONG);
    expect(body.replace(/\s+/g, ' ')).toContain('revoke a deploy key');
  });

  it('bookmarks the sections the contents list, and no other', () => {
    expect(bookmarks).toContain('Scenarios — Storage');
    expect(bookmarks).toContain(LONG);
    expect(bookmarks).not.toContain(SHORT);
  });
});
