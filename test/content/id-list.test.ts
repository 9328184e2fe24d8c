import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseIdList } from '../../src/content/id-list.js';
import { IdSelection } from '../../src/content/id-selection.js';
import { selectQuestions } from '../../src/content/select-questions.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { ankiText } from '../../src/outputs/anki-output.js';
import { tempDir } from '../helpers.js';

const DECK = ['# Net', '## Basics', '### What is DNS?', 'Id: dns', '', '> Names.', '### What is TCP?', '> Streams.', '### What is UDP?', '> Datagrams.', ''].join('\n');
const deck = () => parseDeck(DECK, { file: 'net.md', slug: 'net' });

describe('--only-ids lists', () => {
  it('reads one id a line, skipping blank lines and # comments, with their line numbers', () => {
    expect(parseIdList('\uFEFFdns\r\n\r\n# missed on Monday\r\n  sg-123  \r\n', 'l.txt').entries).toEqual([
      { id: 'dns', line: 1 },
      { id: 'sg-123', line: 4 },
    ]);
  });

  it('reads the guid column of an Anki notes export, quoted multi-line fields included', () => {
    const text = ['#separator:Semicolon', '#html:true', '#guid column:2', 'Question one;g-1;"an answer', 'on two lines; with a separator"', 'Question two;g-2;plain', ''].join('\n');
    expect(parseIdList(text, 'export.txt').entries).toEqual([
      { id: 'g-1', line: 4 },
      { id: 'g-2', line: 6 },
    ]);
  });

  it('reads our own anki.txt as an export: every guid of the deck', () => {
    const d = deck();
    expect(parseIdList(ankiText(d), 'anki.txt').entries.map((e) => e.id)).toEqual(allQuestions(d).map((q) => q.guid));
  });

  it('refuses a file with no ids, or a guid column that is not a number, naming the file', () => {
    expect(() => parseIdList('# nothing\n\n', 'empty.txt')).toThrow(/lists no ids/);
    expect(() => parseIdList('#guid column:one\nx\ty\n', 'bad.txt')).toThrow(/"#guid column:one" is not a column number/);
  });

  it('keeps only the listed questions, by Id, guid or anchor, renumbered, and says so on the cover note', () => {
    const d = deck();
    const tcp = allQuestions(d)[1];
    const ids = new Set(['dns', tcp.guid]);
    const selected = selectQuestions(d, {}, { file: '/tmp/missed.txt', ids });
    expect(allQuestions(selected).map((q) => [q.number, q.text])).toEqual([
      [1, 'What is DNS?'],
      [2, 'What is TCP?'],
    ]);
    expect(selected.filterNote).toContain('missed.txt (2/3)');
    expect(allQuestions(selectQuestions(d, {}, { file: 'l', ids: new Set(['q-what-is-udp']) })).map((q) => q.text)).toEqual(['What is UDP?']);
  });

  it('warns about each listed id no deck holds, at its line', async () => {
    const dir = await tempDir('studyguide-ids-');
    const file = path.join(dir, 'missed.txt');
    await writeFile(file, 'dns\ntypo-id\n\nnot-here\n');
    const selection = await IdSelection.open(file);
    expect(selection.holdsListed(deck())).toBe(true);
    const warnings = await selection.unknownWarnings(['net.md']);
    expect(warnings.map((w) => [w.file, w.line, w.code, w.message.split(' — ')[0]])).toEqual([
      [file, 2, 'unknown-id', 'no question has the id "typo-id"'],
      [file, 4, 'unknown-id', 'no question has the id "not-here"'],
    ]);
  });
});

describe('ids with quotes', () => {
  it('survive the trip through anki.txt and back as the same guid', () => {
    const d = parseDeck('# Q\n## "Quoted" section\n### What is "x"?\nId: "x" id\n\n> x\n', { file: 'q.md', slug: 'q' });
    const text = ankiText(d);
    expect(text).toContain('\n"""x"" id"\tQ::“Quoted” section\t');
    expect(parseIdList(text, 'anki.txt').entries.map((e) => e.id)).toEqual(['"x" id']);
  });
});
