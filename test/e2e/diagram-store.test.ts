import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfText, tempDir } from '../helpers.js';

const DECK = ['# Stored', '## S', '### Which way does traffic go?', '> Left to right.', '', '```mermaid', 'flowchart LR', '  a[Frontgate] --> b[Backyard]', '```', ''].join('\n');

describe('drawn diagrams kept between builds', () => {
  it('reuses a stored drawing after an edit, and --no-cache draws it again', async () => {
    const dir = await tempDir();
    const deck = path.join(dir, 'stored.md');
    const out = path.join(dir, 'out');
    await writeFile(deck, DECK);
    await buildWith({ paths: [deck], outDir: out, outputs: ['guide'] });
    const store = path.join(out, '.studyguide-diagrams');
    const [name] = await readdir(store);
    expect(name).toMatch(/^[0-9a-f]{32}\.svg$/);

    // Mark the stored drawing, then edit the deck elsewhere: the next build must use the mark.
    const file = path.join(store, name);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Frontgate', 'Storedgate'));
    await appendFile(deck, '### Another question?\n> Yes.\n');
    await buildWith({ paths: [deck], outDir: out, outputs: ['guide'] });
    expect(pdfText(path.join(out, 'stored', 'guide.pdf'))).toContain('Storedgate');

    await buildWith({ paths: [deck], outDir: out, outputs: ['guide'], cache: false });
    const text = pdfText(path.join(out, 'stored', 'guide.pdf'));
    expect(text).toContain('Frontgate');
    expect(text).not.toContain('Storedgate');
  });
});
