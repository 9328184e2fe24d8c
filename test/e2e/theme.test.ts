import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveOptions } from '../../src/config/config.js';
import { buildWith, pdfPages, read, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deckFile = 'test/fixtures/authoring-deck/deck.md';

describe('themes: your templates and styles replace ours file by file', () => {
  it('uses a theme’s cover partial and stylesheet, and ours for everything else', async () => {
    const theme = await tempDir('studyguide-theme-');
    await mkdir(path.join(theme, 'templates', 'partials'), { recursive: true });
    await mkdir(path.join(theme, 'styles'), { recursive: true });
    await writeFile(
      path.join(theme, 'templates', 'partials', 'cover.hbs'),
      '<section class="cover"><h1>House cover: {{deck.title}}</h1><p>{{total}} questions</p></section>\n',
    );
    const base = await readFile('styles/base.css', 'utf8');
    expect(base).toMatch(/--accent: #[0-9a-f]{6};/);
    await writeFile(path.join(theme, 'styles', 'base.css'), base.replace(/--accent: #[0-9a-f]{6};/, '--accent: #7a0019;'));

    const dir = await tempDir();
    const { result } = await buildWith({ paths: [deckFile], outDir: dir, theme, outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    const pages = pdfPages(path.join(dir, 'deck', 'guide.pdf')).map(squash);
    expect(pages[0]).toBe('House cover: Authoring Fixture 7 questions');
    expect(pages[1]).toContain('Contents'); // the rest of the layout is still ours
    const html = await read(path.join(dir, 'deck', 'guide.html'));
    expect(html).toContain('--accent: #7a0019;');
  });

  it('says which theme folder is missing', () => {
    expect(() => resolveOptions([], { theme: 'no/such/theme' }, {})).toThrow('theme folder not found: no/such/theme');
  });
});
