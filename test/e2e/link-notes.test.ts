import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { connectShared, disconnectShared } from '../../src/print/connect-shared.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { buildWith, pdfPages, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

// Paper cannot follow a link: the guide and its booklet print each address under its answer.
const DECK = 'test/fixtures/link-notes/links.md';
let out = '';
const file = (name: string) => path.join(out, 'links', name);

beforeAll(async () => {
  out = await tempDir();
  const { result } = await buildWith({ paths: [DECK], outDir: out, booklet: true, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
});

/** The text of a PDF with its line breaks and spaces dropped, so a broken address reads whole. */
const joined = (pdf: string): string => pdfText(pdf).replace(/\s+/g, '');

/** The web addresses a PDF's link annotations open. */
async function linkTargets(pdf: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  return doc.getPages().flatMap((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return Array.from(
      { length: annots?.size() ?? 0 },
      (_, i) => annots!.lookup(i, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText() ?? '',
    );
  });
}

describe('link addresses on paper', () => {
  it.each(['guide.pdf', 'guide-booklet.pdf'])('%s prints each address once, without https:// and www.', (name) => {
    const text = joined(file(name));
    expect(text).toContain('rfc-editor.org/rfc/rfc9111');
    expect(text).toContain('rfc-editor.org/rfc/rfc9110');
    expect(text).not.toContain('https://www.rfc-editor');
    expect(text.split('rfc-editor.org/rfc/rfc9111').length - 1).toBe(1);
    // A question that is itself a link, and an address too long for a line, broken where it may be.
    expect(text).toContain('videos.example.net/watch/load-balancers-explained');
    expect(text).toContain(
      'docs.example.com/elasticloadbalancing/latest/application/application-load-balancers.html#listener-rules-and-their-conditions?tab=overview-of-the-components',
    );
    // A section's introduction and the outro are read on paper too.
    expect(text).toContain('learn.example.org/web/caching-course');
    expect(text).toContain('tracker.example.org/printed-links');
    // An autolink shows its address already; an internal link has none to print.
    expect(text.split('developer.mozilla.org').length - 1).toBe(1);
  });

  it('breaks a long address where it may, never after a hyphen of its own', () => {
    const lines = pdfPages(file('guide.pdf'), true)
      .join('\n')
      .split('\n')
      .map((l) => l.trim());
    const first = lines.findIndex((l) => l.includes('docs.example.com'));
    const address = lines.slice(first, lines.findIndex((l, i) => i > first && l.endsWith('components')) + 1);
    expect(address.length).toBeGreaterThan(1);
    expect(address.filter((l) => l.endsWith('-'))).toEqual([]);
  });

  it('keeps the links clickable in the guide', async () => {
    const targets = await linkTargets(file('guide.pdf'));
    expect(targets).toContain('https://www.rfc-editor.org/rfc/rfc9111');
    expect(targets).toContain('https://videos.example.net/watch/load-balancers-explained');
  });
});

describe('link notes on a screen', () => {
  it('are hidden where the link can be followed, and shown when printed', async () => {
    const shared = await connectShared(inject('wsEndpoint'));
    const page = await shared.context.newPage();
    try {
      await page.goto(pathToFileURL(file('guide.html')).href, { waitUntil: 'load' });
      const shown = () => page.$$eval('.link-notes, .link-ref', (list) => list.map((el) => getComputedStyle(el).display !== 'none'));
      await page.emulateMediaType('screen');
      const onScreen = await shown();
      await page.emulateMediaType('print');
      const printed = await shown();
      expect(onScreen.length).toBeGreaterThan(0);
      expect(onScreen.every((v) => !v)).toBe(true);
      expect(printed.every((v) => v)).toBe(true);
    } finally {
      await page.close();
      await disconnectShared(shared);
    }
  });
});
