import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeIndexPage } from '../../src/outputs/index-page.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { tempDir } from '../helpers.js';

// `--out .` in a folder that has its own index.html: the user's page is kept, and the build says so.

const deck = () => parseDeck('# Storage\n## Basics\n### What is a block device?\n> Fixed-size blocks.\n', { file: 'storage.md', slug: 'storage' });

describe('an index.html in out/ that studyguide did not write', () => {
  it('is kept byte for byte, with a warning naming it (it was overwritten)', async () => {
    const out = await tempDir('studyguide-index-');
    await mkdir(path.join(out, 'storage'));
    await writeFile(path.join(out, 'index.html'), '<html>my own site</html>\n');
    const index = await writeIndexPage(out, [{ slug: 'storage', deck: deck() }], assetDirs());
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('<html>my own site</html>\n');
    expect(index.kept).toEqual(
      expect.objectContaining({
        file: path.join(out, 'index.html'),
        line: 1,
        severity: 'warning',
        code: 'output-left-out',
        message: expect.stringMatching(/^index\.html not written: the file there was not written by studyguide, and is kept — /),
      }),
    );
  });

  it('one an earlier build wrote is replaced as before', async () => {
    const out = await tempDir('studyguide-index-');
    await mkdir(path.join(out, 'storage'));
    expect((await writeIndexPage(out, [{ slug: 'storage', deck: deck() }], assetDirs())).kept).toBeUndefined();
    const again = await writeIndexPage(out, [{ slug: 'storage', deck: deck() }], assetDirs());
    expect(again.kept).toBeUndefined();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('Storage');
  });
});
