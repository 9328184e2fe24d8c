import { describe, expect, it } from 'vitest';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { folderIntroduction } from '../../src/content/folder-outline.js';
import { folderGroups } from '../../src/content/folder-deck.js';
import { findDeckFiles } from '../../src/content/deck-files.js';
import { readFolder } from '../../src/prepare-deck.js';
import { ParseThread } from '../../src/parse-thread/parse-off-thread.js';
import { build } from '../../src/build.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { allQuestions } from '../../src/model/deck.js';
import type { BuildOptions } from '../../src/model/build-options.js';
import { unusedSession } from '../helpers.js';
import { tempDir } from '../temp-dir.js';
import { checkDecks } from '../../src/check/check-deck.js';
import { parseInPlace } from '../parse-in-place.js';

// The build and `check` below parse in place, in this process: a parser's thread each would load
// the markdown stack again (about a second of CPU a start), which these tests are not about.
parseInPlace();

// A bank that keeps a topic in a folder: a file per question (`EV-Question01.md`) and an
// Introduction.md of prose that ends in a table of contents linking the question pages by their
// GitHub addresses. The introduction was read as a deck of open questions (its links ask), and
// beside it every question file became a deck of its own: three decks for one topic.
const FOLDER = 'test/fixtures/folder-intro/Events';
const FILES = ['EV-Question01.md', 'EV-Question02.md'].map((f) => path.join(FOLDER, f));
const INDEX = path.join(FOLDER, 'Introduction.md');

describe('an introduction that ends in a table of contents', () => {
  it('gives its prose and the outline of the files it links, GitHub addresses of the folder’s files counted', async () => {
    const text = await readFile(INDEX, 'utf8');
    const read = folderIntroduction(text, INDEX, FILES);
    expect(read?.outline).toEqual([{ files: FILES }]);
    expect(read?.prose).toBe(text.slice(0, text.indexOf('### Table of Contents')));
    // Links to another folder's pages, or to another repository's layout, order nothing.
    expect(folderIntroduction(text.replaceAll('/Events/', '/Delegates/'), INDEX, FILES)).toBeUndefined();
  });

  it('is the folder deck’s introduction, printed before its questions, and no question itself', async () => {
    const [group] = await folderGroups([FOLDER], await findDeckFiles([FOLDER]), (f) => readFile(f, 'utf8'));
    const deck = await readFolder(new ParseThread({ timeoutMs: 60_000, memoryMb: 2048, inlineBytes: 1 << 30 }), group, { ...defaultOptions(), paths: [] } as BuildOptions);
    expect(allQuestions(deck!).map((q) => [q.text, q.open ?? false])).toEqual([
      ['What is an event and how is it raised?', false],
      ['How do you attach and detach a handler?', false],
    ]);
    expect(deck!.introTitle).toBe('Events – Introduction');
    for (const words of ['without knowing who listens', 'What are Events in C#?', 'only the owner raises it', 'never names who reacts']) expect(deck!.introHtml.replace(/\u00ad/g, '')).toContain(words);
    expect(deck!.introHtml).not.toContain('Table of Contents');
    expect(deck!.diagnostics).toEqual([]);
  });

  it('keeps an introduction of one section, and its sub-headings in a code block as written', async () => {
    const root = await tempDir('sg-intro-');
    const folder = path.join(root, 'Events');
    await cp(FOLDER, folder, { recursive: true });
    const text = await readFile(INDEX, 'utf8');
    const cut = text.indexOf('## Why');
    await writeFile(path.join(folder, 'Introduction.md'), `${text.slice(0, cut)}\`\`\`md\n## kept as written\n\`\`\`\n\n${text.slice(text.indexOf('### Table'))}`);
    const [group] = await folderGroups([folder], await findDeckFiles([folder]), (f) => readFile(f, 'utf8'));
    const deck = await readFolder(new ParseThread({ timeoutMs: 60_000, memoryMb: 2048, inlineBytes: 1 << 30 }), group, { ...defaultOptions(), paths: [] } as BuildOptions);
    expect(deck!.diagnostics).toEqual([]);
    for (const words of ['What are Events in C#?', 'only the owner raises it', '## kept as written']) expect(deck!.introHtml.replace(/\u00ad/g, '')).toContain(words);
  });

  it('makes one deck of the folder in a build', async () => {
    const root = await tempDir('sg-intro-');
    const folder = path.join(root, 'Events');
    await cp(FOLDER, folder, { recursive: true });
    const opts = { ...defaultOptions(), paths: [folder], outDir: path.join(root, 'out'), outputs: ['csv'] } as BuildOptions;
    const result = await build(opts, () => undefined, { session: unusedSession() });
    expect(result.failed).toEqual([]);
    expect(result.built).toHaveLength(1);
  });

  it('is said as such by check, which read it as a deck of open questions', async () => {
    const result = await checkDecks([FOLDER], { ...defaultOptions(), paths: [] });
    expect(result.decks.find((d) => d.file.endsWith('Introduction.md'))?.read).toBe('the introduction and outline of Events/: 2 of its 2 files, in 1 part');
    expect(result.findings).toEqual([]);
  });
});

// The same, its read-me only a title and paragraphs above the links (no heading over them): it
// was said to be "a folder's read-me, not a deck; left out", and its paragraphs were lost.
const PLAIN = 'test/fixtures/folder-intro-plain/Delegates';

describe('an introduction of a title and paragraphs over its table of contents', () => {
  const readPlain = async (folder: string) => {
    const [group] = await folderGroups([folder], await findDeckFiles([folder]), (f) => readFile(f, 'utf8'));
    return readFolder(new ParseThread({ timeoutMs: 60_000, memoryMb: 2048, inlineBytes: 1 << 30 }), group, { ...defaultOptions(), paths: [] } as BuildOptions);
  };

  it('gives its prose and the outline of the files it links', async () => {
    const index = path.join(PLAIN, 'README.md');
    const text = await readFile(index, 'utf8');
    const files = ['DG-Question01.md', 'DG-Question02.md', 'DG-Question03.md'].map((f) => path.join(PLAIN, f));
    const read = folderIntroduction(text, index, files);
    expect(read?.outline).toEqual([{ files }]);
    expect(read?.prose).toBe(text.slice(0, text.indexOf('- [')));
  });

  it('takes no heading or links shown in fenced code for its table of contents', () => {
    const index = 'bank/README.md';
    const files = ['bank/one.md', 'bank/two.md'];
    // A read-me showing how to write a table of contents, in a code block: its example is no table of the folder.
    const shown = ['# Notes', '', 'Write the contents like this:', '', '```md', '## Contents', '- [One](one.md)', '- [Two](two.md)', '```', '', 'Then add a page.', ''].join('\n');
    expect(folderIntroduction(shown, index, files)).toBeUndefined();
    // A real one after such an example is read, the example kept whole in the prose.
    const real = `${shown}\n## Contents\n\n- [One](one.md)\n- [Two](two.md)\n`;
    expect(folderIntroduction(real, index, files)).toEqual({ prose: `${shown}\n`, outline: [{ files }] });
  });

  it('counts links to the folder’s pages by their tree and raw addresses on GitHub, items that set them in bold, and a table of them', async () => {
    const index = path.join(PLAIN, 'README.md');
    const text = await readFile(index, 'utf8');
    const files = ['DG-Question01.md', 'DG-Question02.md', 'DG-Question03.md'].map((f) => path.join(PLAIN, f));
    const tree = text.replaceAll('github.com/example/cs-bank/blob/', 'github.com/example/cs-bank/tree/');
    const raw = text.replaceAll('github.com/example/cs-bank/blob/main/', 'raw.githubusercontent.com/example/cs-bank/refs/heads/main/');
    for (const moved of [tree, raw]) expect(folderIntroduction(moved, index, files)?.outline).toEqual([{ files }]);
    // Items that set their link in bold and say more after it (`1. **[Multicast](…)** – combining them`) link the same pages.
    const bold = text.replace(/^- \[(.+?)\]\((.+?)\)$/gm, (_, words: string, url: string) => `1. **[${words}](${url})** – a note`);
    expect(bold).not.toBe(text);
    expect(folderIntroduction(bold, index, files)?.outline).toEqual([{ files }]);
    // So does a table of them, its header and rule aside.
    const table = `${text.slice(0, text.indexOf('- ['))}| # | Question |\n|---|---|\n${files.map((f, i) => `| ${i + 1} | [Page](${path.basename(f)}) |`).join('\n')}\n`;
    expect(folderIntroduction(table, index, files)).toEqual({ prose: text.slice(0, text.indexOf('- [')), outline: [{ files }] });
    // Another folder's raw pages are not this folder's.
    expect(folderIntroduction(raw.replaceAll('/Delegates/', '/Events/'), index, files)).toBeUndefined();
  });

  it('keeps prose under a heading of its own after the table (`## Contributing`) in the introduction', async () => {
    const index = path.join(PLAIN, 'README.md');
    const text = await readFile(index, 'utf8');
    const files = ['DG-Question01.md', 'DG-Question02.md', 'DG-Question03.md'].map((f) => path.join(PLAIN, f));
    const after = '\n## Contributing\n\nFound a mistake? Open an issue.\n';
    const read = folderIntroduction(text + after, index, files);
    expect(read?.outline).toEqual([{ files }]);
    expect(read?.prose).toBe(text.slice(0, text.indexOf('- [')) + after.slice(1));
  });

  it('is the deck’s introduction, with no warning', async () => {
    const deck = await readPlain(PLAIN);
    expect(allQuestions(deck!).map((q) => q.text)).toEqual(['What is a delegate?', 'How do multicast delegates combine?', 'When do you use Func and Action?']);
    expect(deck!.introTitle).toBe('Delegates');
    for (const words of ['like a value', 'invoking delegates']) expect(deck!.introHtml.replace(/\u00ad/g, '')).toContain(words);
    expect(deck!.introHtml).not.toContain('Multicast');
    expect(deck!.diagnostics).toEqual([]);
  });

  it('is said as such by check', async () => {
    const result = await checkDecks([PLAIN], { ...defaultOptions(), paths: [] });
    expect(result.decks.find((d) => d.file.endsWith('README.md'))?.read).toBe('the introduction and outline of Delegates/: 3 of its 3 files, in 1 part');
    expect(result.findings).toEqual([]);
  });
});
