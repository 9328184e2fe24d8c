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
      bank('extra.csv', 'What is DNS?,Names to addresses.,easy,net,ask about TTLs\n,An answer with no question.\n"What is\nTCP?",A stream.,medium\n'),
    );
    expect(imported.markdown).toContain('### What is DNS?');
    expect(imported.markdown).toContain('### What is TCP?');
    const said = imported.diagnostics.filter((d) => d.code === 'left-out').map((d) => [d.line, d.message]);
    expect(said).toEqual([
      [1, 'row 1 has more columns than question, answer, level and tags: "ask about TTLs" left out'],
      [2, 'row 2 has no question (its first column is empty): "An answer with no question." left out'],
    ]);
  });

  it('names a few of the thousands of extra cells of a row, and how many more, in one short line', async () => {
    // A row of 1,000 stray cells printed every one of them: a warning line of 6,000 characters (166,000 cells: a megabyte).
    const imported = await importBank(
      bank('wide.csv', `Question,Answer\nWhat is DNS?,Names to addresses.,${Array.from({ length: 1_000 }, (_, i) => `c${i}`).join(',')}\n`),
    );
    const said = imported.diagnostics.filter((d) => d.code === 'left-out').map((d) => [d.line, d.message]);
    expect(said).toEqual([[2, 'row 2 has more columns than its header names: "c0", "c1", "c2", "c3", "c4" and 995 more left out']]);
  });

  it('says a level column it cannot read as a level is left out', async () => {
    const imported = await importBank(bank('levels.csv', 'question,answer,level\nWhat is DNS?,Names to addresses.,hard\nWhat is TCP?,A stream.,week 3\n'));
    expect(imported.markdown).toContain('Level: hard');
    expect(imported.diagnostics.filter((d) => d.code === 'left-out').map((d) => [d.line, d.message])).toEqual([
      [3, 'row 3 gives the level "week 3", which names no level: left out — write easy, medium or hard in its level column'],
    ]);
  });

  it('with a header row is read by its column names, in any order', async () => {
    // Read by position, the tags were taken for a level (and lost) and `answer,question` swapped the two.
    const tagged = await importBank(bank('tagged.csv', 'question,answer,tags\nWhat is a lease?,A lock that expires.,locks time\n'));
    expect(tagged.markdown).toContain('Tags: locks, time');
    expect(tagged.diagnostics.filter((d) => d.code === 'left-out')).toEqual([]);
    const swapped = await importBank(bank('swapped.csv', 'Answer,Question\nA lock that expires.,What is a lease?\n'));
    expect(swapped.markdown).toContain('### What is a lease?');
    expect(swapped.markdown).toContain('> A lock that expires.');
  });

  it('reads headers in other languages and spellings, with sections, a card column and notes', async () => {
    const imported = await importBank(
      bank(
        'named.tsv',
        'Frage\tAntwort\tSchwierigkeit\tKategorie\tCard\tNotes\nWas ist ein Mutex?\tEin Schloss, das nur einer hält.\tschwer\tSperren\tNur einer hält es.\tAuch Semaphore nennen.\n',
      ),
    );
    expect(imported.markdown).toContain('## Sperren');
    expect(imported.markdown).toContain('### Was ist ein Mutex?');
    expect(imported.markdown).toContain('Level: hard');
    expect(imported.markdown).toContain('> Nur einer hält es.');
    expect(imported.markdown).toContain('Ein Schloss, das nur einer hält.');
    expect(imported.markdown).toContain('Auch Semaphore nennen.');
    expect(imported.diagnostics.filter((d) => d.code === 'left-out')).toEqual([]);
  });

  it('says once, at the header, which named columns it does not read', async () => {
    const imported = await importBank(
      bank(
        'unread.csv',
        'question,answer,source,owner\nWhat is a lease?,A lock that expires.,book,me\nWhat is a fence?,A token that orders writes.,talk,you\n',
      ),
    );
    expect(imported.markdown).toContain('> A token that orders writes.');
    expect(imported.diagnostics.filter((d) => d.code === 'left-out').map((d) => [d.line, d.message])).toEqual([
      [1, 'columns "source", "owner" are not read, so they are left out — name them question, answer, card, level, tags, section, tips or notes to keep them'],
    ]);
  });

  it("leaves a record's bookkeeping columns (id, dates) out without a word, as a JSON bank's", async () => {
    const imported = await importBank(
      bank(
        'ids.csv',
        'Id,Question,Answer,Created At,created\n7,What is a lease?,A lock that expires.,2024-01-02,yes\n8,What is a fence?,A token that orders writes.,2024-01-03,no\n',
      ),
    );
    expect(imported.markdown).toContain('### What is a lease?');
    expect(imported.markdown).not.toContain('2024-01-02');
    expect(imported.diagnostics.filter((d) => d.code === 'left-out')).toEqual([]);
  });

  // A header naming the question second and no answer (`id,question`) was read by position: its ids were the questions.
  it('with a header of id and question only reads its questions by name, said to have no answer column', async () => {
    const imported = await importBank(bank('no-answers.csv', 'id,question\n7,What is a lease?\n8,What is a fence?\n'));
    expect(imported.markdown).toContain('### What is a lease?');
    expect(imported.markdown).toContain('### What is a fence?');
    expect(imported.markdown).not.toMatch(/### (?:7|8|question)\b/);
    expect(imported.diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [
        1,
        'no-answer-column',
        'no column of the header (id, question) names the answer, so its 2 questions are read as open questions — name the column of answers "answer" to read them',
      ],
    ]);
  });

  it('with a lower-case header name it does not know reads its columns by name too', async () => {
    const imported = await importBank(bank('lower.csv', 'day,question\nmonday,What is a lease?\n'));
    expect(imported.markdown).toContain('### What is a lease?');
    expect(imported.markdown).not.toContain('monday');
    expect(imported.diagnostics.map((d) => d.code)).toEqual(['left-out', 'no-answer-column']);
    expect(imported.diagnostics[0].message).toBe(
      'column "day" is not read, so it is left out — name it question, answer, card, level, tags, section, tips or notes to keep it',
    );
  });

  it('whose first row only happens to hold the word question is read by position', async () => {
    const imported = await importBank(bank('plain.csv', 'Say the word question,A noun.\nWhat is a lease?,A lock that expires.\n'));
    expect(imported.markdown).toContain('### Say the word question');
  });
});
