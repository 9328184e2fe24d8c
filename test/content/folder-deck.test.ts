import { describe, expect, it } from 'vitest';
import { readFile, writeFile, mkdir, cp } from 'node:fs/promises';
import path from 'node:path';
import { folderGroups, mayBeOneQuestion } from '../../src/content/folder-deck.js';
import { folderDeck, folderTitle } from '../../src/content/folder-merge.js';
import { findDeckFiles } from '../../src/content/deck-files.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { build } from '../../src/build.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import type { BuildEvent, BuildOptions } from '../../src/model/build-options.js';
import { unusedSession } from '../helpers.js';
import type { StudyguideError } from '../../src/errors.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../temp-dir.js';

parseInPlace();

const FOLDER = 'test/fixtures/folder-bank/questions';
const read = (f: string) => readFile(f, 'utf8');

describe('a file that may be one question of a folder', () => {
  it('has no title of its own and is small', () => {
    expect(mayBeOneQuestion('### What is DNS?\n\n#### Answer\n\nNames to addresses.\n')).toBe(true);
    expect(mayBeOneQuestion('# Networking\n\n### What is DNS?\n\n> Names.\n')).toBe(false);
    expect(mayBeOneQuestion('## Basics\n\n### What is DNS?\n\n> Names.\n')).toBe(false);
    expect(mayBeOneQuestion('---\ntitle: Networking\n---\n\n### What is DNS?\n\n> Names.\n')).toBe(false);
    expect(mayBeOneQuestion('---\ntags: net\n---\n\n### What is DNS?\n\n> Names.\n')).toBe(true);
    // A title that asks is the file's question.
    expect(mayBeOneQuestion('---\ntitle: "What does SIGTERM do?"\n---\n\nIt asks a process to stop.\n')).toBe(true);
    expect(mayBeOneQuestion('# Explain what a pod is\n\n## Answer guide\n\n- Containers.\n')).toBe(true);
    // A page labelled with its number and topic, the question in the heading under it.
    expect(mayBeOneQuestion('# Question 4 - Events\n\n## How do you detach a handler?\n\nWith -=.\n')).toBe(true);
    expect(mayBeOneQuestion('# Question 4 - Events\n\n## Handlers\n\nWith -=.\n')).toBe(false);
    expect(mayBeOneQuestion('---\ntitle: Recover disk space\n---\n\n# Recover disk space\n\nWhy does a disk stay full?\n\n## Answer guide\n')).toBe(true);
    // A shell comment in a code block is no heading.
    expect(mayBeOneQuestion('### How to list pods?\n\n```sh\n# every namespace\nkubectl get pods -A\n```\n')).toBe(true);
    expect(mayBeOneQuestion(`### Big?\n\n${'word '.repeat(20_000)}\n`)).toBe(false);
  });
});

describe('folders of one-question files', () => {
  it('group the files of a folder given as a path, its read-me aside', async () => {
    const files = await findDeckFiles([FOLDER]);
    const groups = await folderGroups([FOLDER], files, read);
    expect(groups).toHaveLength(1);
    expect(groups[0].folder).toBe(FOLDER);
    expect(groups[0].files.map((f) => path.basename(f))).toEqual(['event-loop.md', 'hoisting.md', 'list-keys.md', 'specificity.md']);
    // The same files named one by one stay decks of their own.
    expect(await folderGroups(groups[0].files, groups[0].files, read)).toEqual([]);
    // A folder holding a titled deck is a folder of decks.
    expect(await folderGroups(['content'], await findDeckFiles(['content']), read)).toEqual([]);
  });

  it('read as one deck: sections by first tag, numbered through, each question keeping its file, line and level', async () => {
    const files = (await findDeckFiles([FOLDER])).filter((f) => !f.endsWith('README.md'));
    const decks = await Promise.all(files.map((f) => loadDeck(f)));
    const deck = folderDeck(FOLDER, decks);
    expect(deck.slug).toBe('questions');
    // "questions" says nothing: the folder above names the deck.
    expect(deck.title).toBe('Folder bank');
    expect(deck.sections.map((s) => s.title)).toEqual(['CSS', 'Javascript', 'React']);
    const questions = allQuestions(deck);
    expect(questions.map((q) => q.number)).toEqual([1, 2, 3, 4]);
    expect(questions.map((q) => [path.basename(q.file!), q.line, q.level, q.tags.join(' ')])).toEqual([
      ['specificity.md', 1, 'easy', 'css'],
      ['event-loop.md', 1, 'hard', 'javascript node'],
      ['hoisting.md', 1, 'medium', 'javascript'],
      ['list-keys.md', 1, 'medium', 'react'],
    ]);
    // The label heading under the question is no part of the answer.
    for (const q of questions) expect(q.answerHtml).not.toMatch(/^<h\d[^>]*>Answer</);
    expect(new Set(questions.map((q) => q.id)).size).toBe(4);
  });

  it('keep anchors apart when two files ask the same question, and fall back to one section without tags', async () => {
    const one = await loadDeck(path.join(FOLDER, 'hoisting.md'));
    const twin = { ...one, file: 'other/hoisting.md', sections: one.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, tags: [] })) })) };
    const deck = folderDeck('decks/js-basics', [twin, twin]);
    expect(deck.title).toBe('JS basics');
    expect(deck.sections).toHaveLength(1);
    const ids = allQuestions(deck).map((q) => q.id);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('name the deck after the folder, spelling known acronyms in capitals', () => {
    expect(folderTitle('/banks/sql-interview')).toBe('SQL interview');
    expect(folderTitle('/banks/30-seconds-of-interviews/questions')).toBe('30 seconds of interviews');
  });
});

describe('a build of a folder of one-question files', () => {
  it('makes one deck of them, rebuilds it when one file changes, and keeps the read-me out', async () => {
    const root = await tempDir('sg-folder-');
    const folder = path.join(root, 'frontend');
    await cp(FOLDER, folder, { recursive: true });
    await mkdir(path.join(root, 'out'));
    const opts = { ...defaultOptions(), paths: [folder], outDir: path.join(root, 'out'), outputs: ['csv'] } as BuildOptions;
    const run = async () => {
      const events: BuildEvent[] = [];
      const result = await build(opts, (e) => events.push(e), { session: unusedSession() });
      return { result, events };
    };
    const first = await run();
    expect(first.result.built).toEqual(['frontend']);
    expect(first.result.failed).toEqual([]);
    const csv = await readFile(path.join(root, 'out', 'frontend', 'cards.csv'), 'utf8');
    for (const q of ['event loop', 'CSS selectors', 'key props', 'hoisting']) expect(csv).toContain(q);
    // The read-me is said to be left out, not lost without a word.
    expect(first.events.some((e) => e.type === 'warning' && e.diagnostic.code === 'not-a-deck' && e.diagnostic.file.endsWith('README.md'))).toBe(true);
    const again = await run();
    expect(again.events.filter((e) => e.type === 'output' && e.deck === 'frontend').every((e) => e.type === 'output' && e.cached)).toBe(true);
    await writeFile(path.join(folder, 'hoisting.md'), (await read(path.join(folder, 'hoisting.md'))).replace('What is hoisting?', 'What does hoisting do?'));
    const edited = await run();
    expect(edited.events.some((e) => e.type === 'output' && e.deck === 'frontend' && !e.cached)).toBe(true);
    expect(await readFile(path.join(root, 'out', 'frontend', 'cards.csv'), 'utf8')).toContain('What does hoisting do?');
  });

  it('builds each file as its own deck when one of them holds two questions', async () => {
    const root = await tempDir('sg-folder-');
    await writeFile(path.join(root, 'a.md'), '### One?\n\n> Yes.\n');
    await writeFile(path.join(root, 'b.md'), '### Two?\n\n> No.\n\n### Three?\n\n> Maybe.\n');
    const opts = { ...defaultOptions(), paths: [root], outDir: path.join(root, 'out'), outputs: ['csv'] } as BuildOptions;
    const result = await build(opts, () => undefined, { session: unusedSession() });
    expect(result.failed.map((f) => [path.basename(f.file), (f.error as StudyguideError).line, (f.error as Error).message])).toEqual([['b.md', 1, 'deck has no title']]);
    expect(result.built).toEqual(['a']);
  });
});
