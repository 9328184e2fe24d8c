import { describe, expect, it } from 'vitest';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { folderOutline } from '../../src/content/folder-outline.js';
import { folderDeck } from '../../src/content/folder-merge.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { build } from '../../src/build.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import type { BuildEvent, BuildOptions } from '../../src/model/build-options.js';
import { unusedSession } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { checkDecks } from '../../src/check/check-deck.js';
import { tempDir } from '../temp-dir.js';

parseInPlace();

// A bank kept as a book: one question per file, and a SUMMARY.md whose headings name the parts
// and whose links order the files. The index was read as a deck of open questions (its links ask),
// and beside it every file became a deck of its own.
const FOLDER = 'test/fixtures/folder-book/src';
const FILES = ['how-do-you-create-a-ref.md', 'what-is-a-portal.md', 'what-is-a-router-for.md', 'what-is-a-virtual-dom.md'].map((f) => path.join(FOLDER, f));

describe('the outline a folder index gives', () => {
  it('parts by heading, files in the order linked, only files of the folder', () => {
    const text = '# Summary\n\n# Core\n- [Virtual DOM?](what-is-a-virtual-dom.md)\n- [Refs?](./how-do-you-create-a-ref.md#top)\n- [Elsewhere](https://example.org/a.md)\n- [Missing](missing.md)\n\n```md\n# not a heading\n```\n## Routing\n* [Router?](what-is-a-router-for.md) and again [Refs](how-do-you-create-a-ref.md)\n';
    expect(folderOutline(text, path.join(FOLDER, 'SUMMARY.md'), FILES)).toEqual([
      { title: 'Core', files: [FILES[3], FILES[0]] },
      { title: 'Routing', files: [FILES[2]] },
    ]);
  });

  it('is none when the index links fewer than two of the files, or holds text of its own', () => {
    expect(folderOutline('# Read me\n\n- [one](what-is-a-portal.md)\n', path.join(FOLDER, 'README.md'), FILES)).toBeUndefined();
    expect(folderOutline('# Read me\n\nOne question a file: [one](what-is-a-portal.md), [two](what-is-a-router-for.md).\n', path.join(FOLDER, 'README.md'), FILES)).toBeUndefined();
  });

  it('orders and parts the folder deck; a file it does not link comes last, under the folder’s title', async () => {
    const decks = await Promise.all(FILES.map((f) => loadDeck(f)));
    const outline = folderOutline(await readFile(path.join(FOLDER, 'SUMMARY.md'), 'utf8'), path.join(FOLDER, 'SUMMARY.md'), FILES);
    const deck = folderDeck(FOLDER, decks, outline);
    expect(deck.sections.map((s) => [s.title, s.questions.map((q) => q.text)])).toEqual([
      ['Core', ['What is a virtual DOM?', 'How do you create a ref?']],
      ['Routing', ['What is a router for?']],
      ['Folder book', ['What is a portal?']],
    ]);
    expect(deck.sections.flatMap((s) => s.questions.map((q) => q.number))).toEqual([1, 2, 3, 4]);
  });

  it('makes one deck of the folder in a build, the index no deck of its own, and follows an edit of the index', async () => {
    const root = await tempDir('sg-book-');
    const folder = path.join(root, 'react', 'src');
    await cp(FOLDER, folder, { recursive: true });
    const opts = { ...defaultOptions(), paths: [folder], outDir: path.join(root, 'out'), outputs: ['csv'] } as BuildOptions;
    const run = async () => {
      const events: BuildEvent[] = [];
      const result = await build(opts, (e) => events.push(e), { session: unusedSession() });
      return { result, events, csv: await readFile(path.join(root, 'out', 'src', 'cards.csv'), 'utf8') };
    };
    const first = await run();
    expect(first.result.built).toEqual(['src']);
    expect(first.result.failed).toEqual([]);
    const order = (csv: string) => csv.split('\n').slice(1, -1).map((l) => l.split(',')[0]);
    expect(order(first.csv)).toEqual(['What is a virtual DOM?', 'How do you create a ref?', 'What is a router for?', 'What is a portal?']);
    // The index, reordered: the deck follows.
    const summary = path.join(folder, 'SUMMARY.md');
    await writeFile(summary, '# Routing\n- [What is a router for?](what-is-a-router-for.md)\n# Core\n- [How do you create a ref?](how-do-you-create-a-ref.md)\n- [What is a virtual DOM?](what-is-a-virtual-dom.md)\n');
    const edited = await run();
    expect(order(edited.csv)).toEqual(['What is a router for?', 'How do you create a ref?', 'What is a virtual DOM?', 'What is a portal?']);
  });

  it('is said as such by check, which read it as a deck of open questions', async () => {
    const result = await checkDecks([FOLDER], { ...defaultOptions(), paths: [] });
    expect(result.decks.find((d) => d.file.endsWith('SUMMARY.md'))?.read).toBe('the outline of src/: 3 of its 4 files, in 2 parts');
    expect(result.findings).toEqual([]);
  });
});
