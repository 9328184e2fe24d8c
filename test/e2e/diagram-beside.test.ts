import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A long left-to-right flowchart (twelve steps, no `%%` caption) in a small guide. Before: it was
 * turned a quarter and printed alone on its page, a strip 8 mm wide across an empty measure (92 %
 * of the page's text block blank, the guide four pages), and the drawing had no name for a screen
 * reader. Now it stands at the measure's side with the next question's text beside it, and is an
 * image named by its labels in order.
 */
describe('a long flowchart turned a quarter', () => {
  let dir = '';
  beforeAll(async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: ['test/fixtures/diagram-beside/request-path.md'], outDir, outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    dir = path.join(outDir, 'request-path');
  });

  it('shares its page with the text after it', () => {
    const pages = pdfPages(path.join(dir, 'guide.pdf')).map(squash);
    const diagram = pages.findIndex((p) => p.includes('Backup store'));
    expect(diagram).toBeGreaterThan(0);
    expect(pages[diagram]).toContain('What slows a request down?');
    expect(pages[diagram]).toContain('a cold cache or a full queue');
    expect(pages.length).toBe(3);
  });

  it('is an image named by its labels in order, though its author gave it no caption', () => {
    const html = readFileSync(path.join(dir, 'guide.html'), 'utf8');
    const svg = /<svg\b[^>]*aria-roledescription="flowchart[^>]*>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      'aria-label="Browser → DNS lookup → CDN edge → Load balancer → Web tier → Auth check → App server → Cache → Queue → Worker → Database → Backup store"',
    );
    // No caption is made up where the author wrote none.
    expect(html).not.toMatch(/<figcaption>/);
  });
});
