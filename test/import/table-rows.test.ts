import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDirSync } from '../temp-dir.js';

parseInPlace();

const work = tempDirSync('sg-table-rows-');
const bank = (name: string, text: string) => {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
};

describe('a CSV bank', () => {
  it('saved by a spreadsheet set for a comma decimal (semicolons between fields) is read by its columns', async () => {
    // Excel in most of Europe writes "Save as CSV" with semicolons; read by commas, its header row was a question and no row had an answer.
    const imported = await importBank(
      bank(
        'semicolons.csv',
        'Question;Answer;Level\nWhat does 0,5 mean?;Half, written with a decimal comma.;easy\nWhat is a CSV?;"Values; separated";medium\n',
      ),
    );
    expect(imported.summary).toContain('2 questions');
    expect(imported.summary).not.toContain('without an answer');
    expect(imported.markdown).toContain('### What does 0,5 mean?');
    expect(imported.markdown).toContain('> Half, written with a decimal comma.');
    expect(imported.markdown).toContain('> Values; separated');
    expect(imported.markdown).not.toContain('### Question');
  });

  it('says which rows and cells it leaves out, at their lines', async () => {
    const imported = await importBank(
      bank(
        'extra.csv',
        'question,answer,level,tags,notes\nWhat is DNS?,Names to addresses.,easy,net,ask about TTLs\n,An answer with no question.\n"What is\nTCP?",A stream.,medium\n',
      ),
    );
    expect(imported.markdown).toContain('### What is DNS?');
    expect(imported.markdown).toContain('### What is TCP?');
    const said = imported.diagnostics.filter((d) => d.code === 'left-out').map((d) => [d.line, d.message]);
    expect(said).toEqual([
      [2, 'row 2 has more columns than question, answer, level and tags: "ask about TTLs" left out'],
      [3, 'row 3 has no question (its first column is empty): "An answer with no question." left out'],
    ]);
  });

  it('says a level column it cannot read as a level is left out', async () => {
    const imported = await importBank(bank('levels.csv', 'question,answer,level\nWhat is DNS?,Names to addresses.,hard\nWhat is TCP?,A stream.,week 3\n'));
    expect(imported.markdown).toContain('Level: hard');
    expect(imported.diagnostics.filter((d) => d.code === 'left-out').map((d) => [d.line, d.message])).toEqual([
      [3, 'row 3 gives the level "week 3", which names no level: left out — write easy, medium or hard in the third column'],
    ]);
  });
});
