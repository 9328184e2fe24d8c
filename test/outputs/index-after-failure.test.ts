import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeIndexPage } from '../../src/outputs/index-page.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { tempDir } from '../helpers.js';

// A deck whose new outputs could not be written (a full disk, a bad deck) keeps its earlier set;
// the index written by the same build must name that set, under the title it was built with,
// not the title of the edit that failed.
describe('the index after a deck failed to build', () => {
  it('lists the failed deck as its kept outputs were built, beside the deck that built', async () => {
    const out = await tempDir('studyguide-index-');
    const kept = path.join(out, 'networking');
    await mkdir(kept);
    await writeFile(path.join(kept, 'guide.pdf'), 'earlier guide');
    await writeFile(
      path.join(kept, '.studyguide-summary.json'),
      JSON.stringify({ slug: 'networking', title: 'Networking (as built)', total: 3, counts: { easy: 1, medium: 1, hard: 1 } }),
    );
    const built = parseDeck('# Storage\n## Basics\n### What is a block device?\n> Fixed-size blocks.\n', { file: 'storage.md', slug: 'storage' });
    await mkdir(path.join(out, 'storage'));
    // This build: storage built; networking (edited to a new title) failed, so it is not an entry.
    await writeIndexPage(out, [{ slug: 'storage', deck: built }], assetDirs());
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('Networking (as built)');
    expect(html).toContain('Storage');
    expect(html).toContain('href="networking/guide.pdf"');
  });

  it('reads a listed deck that has no saved summary with the parser it is given (the build lends its limited one)', async () => {
    const out = await tempDir('studyguide-index-');
    await mkdir(path.join(out, 'storage'));
    const file = path.join(out, 'storage.md');
    await writeFile(file, '# Storage\n## Basics\n### What is a block device?\n> Fixed-size blocks.\n');
    const asked: string[] = [];
    const parse = async (f: string) => (asked.push(f), parseDeck(await readFile(f, 'utf8'), { file: f, slug: 'storage' }));
    await writeIndexPage(out, [{ slug: 'storage', file }], assetDirs(), parse);
    expect(asked).toEqual([file]);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('Storage');
  });
});
