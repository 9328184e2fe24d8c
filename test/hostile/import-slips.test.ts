import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { runImport } from '../../src/import/run-import.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

// `import` as a careless user runs it: the bank is never written over, and a JSON file that holds
// no questions says so instead of telling the user to import what they are importing.

const failure = (promise: Promise<unknown>) => promise.then(() => undefined).catch((err: unknown) => err);
const BANK = '# Bank\n\n1. What is DNS?\n   Names to addresses.\n2. What is TCP?\n   A reliable stream.\n3. What is UDP?\n   Datagrams.\n';

describe('import', () => {
  it('never writes the deck over the bank it reads (-o naming it, or --out-dir its own folder)', async () => {
    const dir = await tempDir('studyguide-import-');
    const bank = path.join(dir, 'bank.md');
    writeFileSync(bank, BANK);
    const same = await failure(runImport([bank], { out: path.join(dir, '.', 'bank.md') }));
    expect((same as StudyguideError).format()).toBe(
      `${path.join(dir, 'bank.md')}: the deck would be written over the bank being imported — give -o another file name, e.g. -o deck.md`,
    );
    const folder = await failure(runImport([bank], { outDir: dir }));
    expect((folder as StudyguideError).message).toBe('the deck would be written over the bank being imported');
    expect(readFileSync(bank, 'utf8')).toBe(BANK);
  });

  it('a JSON file with no questions in it is one line saying what to write (it said "import it first")', async () => {
    const dir = await tempDir('studyguide-import-');
    mkdirSync(path.join(dir, 'decks'));
    const cases: [string, string][] = [
      ['[1, 2, 3]', 'none of the 3 entries of this JSON has a question field (question, text, prompt, front, q, term, title)'],
      ['{}', 'this JSON holds no list of questions'],
    ];
    for (const [json, message] of cases) {
      const file = path.join(dir, 'bank.json');
      writeFileSync(file, json);
      const error = await failure(runImport([file], { out: path.join(dir, 'decks', 'deck.md') }));
      expect((error as StudyguideError).format()).toBe(`${file}:1: ${message} — write it as [{ "question": "…", "answer": "…" }, …] or { "questions": [ … ] }`);
    }
  });
  it('a CSV or TSV with no question in it is one line saying what to write (it said "import it first")', async () => {
    const dir = await tempDir('studyguide-import-');
    const cases: [string, string, string][] = [
      ['bank.csv', 'question,answer\n', 'this CSV holds no rows of questions, only its header'],
      ['bank.csv', 'question,answer\n,orphan answer\n\n,another\n', 'none of the 2 rows of this CSV has a question in its first column'],
      ['bank.tsv', '\tan answer alone\n', 'the one row of this TSV has no question in its first column'],
      ['notes.txt', '#separator:tab\n#html:true\n', 'this Anki notes export holds no rows of questions'],
    ];
    for (const [name, text, message] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      const error = await failure(runImport([file], { out: path.join(dir, 'deck.md') }));
      expect((error as StudyguideError).format()).toBe(`${file}:1: ${message} — write one question a row: question, answer[, level, tags]`);
    }
  });

  it('a deck that cannot be written (-o under a file) is one line naming it, not the system error', async () => {
    const dir = await tempDir('studyguide-import-');
    const bank = path.join(dir, 'bank.md');
    writeFileSync(bank, BANK);
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const target = path.join(dir, 'notes.txt', 'deck.md');
    const error = await failure(runImport([bank], { out: target }));
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toBe(
      `${target}: the deck's folder is a file, or lies under one — give -o a file in a folder, e.g. -o decks/deck.md`,
    );
    const proc = await failure(runImport([bank], { out: '/proc/studyguide-import/deck.md' }));
    expect((proc as StudyguideError).format()).toBe(
      '/proc/studyguide-import/deck.md: could not write this file (ENOENT) — check its folder, then run again (the file was left as it was)',
    );
  });

  it('a deck already at -o (or in --out-dir) is kept, with one line saying how to write over it; --force does', async () => {
    const dir = await tempDir('studyguide-import-');
    const bank = path.join(dir, 'bank.md');
    writeFileSync(bank, BANK);
    mkdirSync(path.join(dir, 'decks'));
    const deck = path.join(dir, 'decks', 'bank.md');
    const edited = '# Bank\n\n## Mine\n\n### What I wrote by hand?\n\nKept.\n';
    writeFileSync(deck, edited);
    const refused = await failure(runImport([bank], { out: deck }));
    expect((refused as StudyguideError).format()).toBe(`${deck}: a file is already there — give -o another name, or add --force to write over it`);
    const folder = await failure(runImport([bank], { outDir: path.join(dir, 'decks') }));
    expect((folder as StudyguideError).format()).toBe(`${deck}: a file is already there — give --out-dir another folder, or add --force to write over it`);
    expect(readFileSync(deck, 'utf8')).toBe(edited);
    await runImport([bank], { out: deck, force: true });
    expect(readFileSync(deck, 'utf8')).toContain('### What is DNS?');
  });

  it('a CSV whose quote is never closed names the row where it opens (it named the end of the file)', async () => {
    const dir = await tempDir('studyguide-import-');
    const file = path.join(dir, 'bank.csv');
    writeFileSync(
      file,
      'question,answer\n\nWhat is UDP?,Datagrams\n"What is DNS?","Names to addresses\nWhat is TCP?,A reliable stream\nWhat is IP?,Addresses\n',
    );
    const error = await failure(runImport([file], { out: path.join(dir, 'deck.md') }));
    expect((error as StudyguideError).format()).toBe(
      `${file}:4: a quoted field opened in this row is never closed: the rest of the file would be one field — close the quote, and write a quote inside a field as ""`,
    );
  });
});

describe('import of a bank that is no text, or empty', () => {
  it('says what an import takes, not "pass a .md text file" (a TSV holding NUL bytes)', async () => {
    const dir = await tempDir('studyguide-import-');
    const cases: [string, Buffer, string][] = [
      [
        'cards.tsv',
        Buffer.from('question\tanswer\nWhat\0 is?\tthis\n'),
        'cards.tsv:2: not a text file (it contains NUL bytes) — import a bank saved as UTF-8 text: CSV, TSV, JSON, YAML or markdown (a spreadsheet: save it as CSV first)',
      ],
      [
        'cards.csv',
        Buffer.from(''),
        'cards.csv:1: bank file is empty — write the questions in it (a CSV row, a JSON record or a "### Question?" heading), or import another file',
      ],
    ];
    for (const [name, bytes, line] of cases) {
      writeFileSync(path.join(dir, name), bytes);
      const error = await failure(runImport([path.join(dir, name)], { out: path.join(dir, 'deck.md') }));
      expect(error, name).toBeInstanceOf(StudyguideError);
      expect((error as StudyguideError).format().replace(`${dir}${path.sep}`, ''), name).toBe(line);
    }
  });
});
