import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { bundledOut, pdfPages } from '../helpers.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

/** Every PDF the bundled build wrote, with the HTML it was printed from. */
function printed(): { pdf: string; html: string }[] {
  const out = bundledOut();
  const found: { pdf: string; html: string }[] = [];
  for (const deck of readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'))) {
    for (const name of readdirSync(path.join(out, deck.name)).filter((n) => n.endsWith('.pdf'))) {
      found.push({ pdf: path.join(out, deck.name, name), html: path.join(out, deck.name, name.replace(/\.pdf$/, '.html')) });
    }
  }
  return found;
}

describe('the text a reader copies or searches', () => {
  it('carries none of the soft hyphens the pages were typeset with', () => {
    const files = printed();
    expect(files.map((f) => path.basename(f.pdf))).toContain('guide.pdf');
    for (const { pdf } of files)
      expect(
        pdfPages(pdf)
          .join('')
          .match(/\u00ad/g)?.length ?? 0,
        pdf,
      ).toBe(0);
  });

  it('finds a long word whole where the page offered it breaks', () => {
    const guide = printed().find((f) => f.pdf.endsWith(`${path.sep}guide.pdf`))!;
    // A hyphenated word from the printed page, e.g. "in\u00adfra\u00adstruc\u00adture".
    const html = readFileSync(guide.html, 'utf8');
    const words = [...new Set(html.match(/[a-z]+(?:\u00ad[a-z]+){2,}/g) ?? [])].map((w) => w.replace(/\u00ad/g, ''));
    expect(words.length).toBeGreaterThan(10);
    const text = pdfPages(guide.pdf).join('\n');
    const found = words.filter((w) => text.includes(w));
    // Words broken at the end of a line read "infra-\nstructure"; most sit whole on one line.
    expect(found.length / words.length).toBeGreaterThan(0.8);
  });
});
