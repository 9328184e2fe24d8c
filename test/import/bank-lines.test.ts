import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDirSync } from '../temp-dir.js';

parseInPlace();

const work = tempDirSync('sg-bank-lines-');
const bank = (name: string, text: string) => {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
};
const longWord = 'z'.repeat(12_000);
const wordWarning = (d: { message: string }) => d.message.includes('a word of 12,');

describe('what reading an imported bank finds is said at the line of the bank it came from', () => {
  it('a CSV row: its line in the file, not a line of the markdown written from it', async () => {
    const file = bank('rows.csv', `question,answer\nWhat is a queue?,First in first out.\n"What is\na stack?",Last in ${longWord} first out.\n`);
    const { diagnostics } = await importBank(file);
    expect(diagnostics.filter(wordWarning).map((d) => [d.file, d.line])).toEqual([[file, 3]]);
  });

  it('a JSON entry: by its place in the list, at the line it starts on', async () => {
    const file = bank(
      'entries.json',
      JSON.stringify(
        [
          { question: 'What is a queue?', answer: 'Fair.' },
          { question: 'What is a heap?', answer: `A ${longWord}` },
        ],
        null,
        2,
      ),
    );
    const said = (await importBank(file)).diagnostics.filter(wordWarning);
    expect(said.map((d) => [d.line, d.message.slice(0, 9)])).toEqual([[6, 'entry 2: ']]);
  });

  it('a YAML record: its line', async () => {
    const file = bank('records.yaml', `- question: What is a queue?\n  answer: Fair.\n\n- question: What is a heap?\n  answer: A ${longWord}\n`);
    expect((await importBank(file)).diagnostics.filter(wordWarning).map((d) => d.line)).toEqual([4]);
  });

  it('a markdown bank in another layout: the line of the answer, not of the deck rewritten from it', async () => {
    const file = bank('list.md', `---\ntitle: Basics\nauthor: me\n---\n\n1. What is a queue?\n\n   Fair.\n\n2. What is a heap?\n\n   A ${longWord} tree.\n`);
    expect((await importBank(file)).diagnostics.filter(wordWarning).map((d) => d.line)).toEqual([12]);
  });

  it('an error the rewritten deck ends with: at the row that holds it', async () => {
    const file = bank('open.csv', 'question,answer\nWhat is A?,Plain.\nWhat is B?,Plain too.\nWhat is C?,<div>\n');
    await expect(importBank(file)).rejects.toMatchObject({ file, line: 4, message: 'question "What is C?" has no answer' });
  });
});
