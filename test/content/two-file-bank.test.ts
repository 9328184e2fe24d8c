import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck, findDeckFiles } from '../../src/content/load-deck.js';
import { checkDecks } from '../../src/check/check-deck.js';
import { deckKey } from '../../src/cache/cache-inputs.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { allQuestions } from '../../src/model/deck.js';
import { readingSummary } from '../../src/content/layouts/summary.js';
import { parseInPlace } from '../parse-in-place.js';
import { importBank } from '../../src/import/import-bank.js';
import { tempDirSync } from '../temp-dir.js';

// A bank kept in two files: numbered questions in one, their answers in the other beside it.

parseInPlace();

const QUESTIONS = '# Storage Prep\n\n1. What is a write-ahead log?\n2. Why does an index slow writes?\n3. What does VACUUM reclaim?\n';

function bank(files: Record<string, string>): string {
  const dir = tempDirSync('two-file-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const answersOf = async (file: string) => allQuestions(await loadDeck(file)).map((q) => (q.open ? 'open' : q.cardText));

describe('a bank kept in two files', () => {
  it('refuses a hostile answers file up front, at its own line, as it refuses a deck', async () => {
    const marks = bank({ 'QUESTIONS.md': QUESTIONS, 'ANSWERS.md': `# Answers\n\n# Answer 1.\n${'*a'.repeat(5001)}\n` });
    await expect(loadDeck(path.join(marks, 'QUESTIONS.md'))).rejects.toMatchObject({ file: path.join(marks, 'ANSWERS.md'), line: 4, message: expect.stringMatching(/runs of \* _ or ~ marks/) });
    const deep = bank({ 'QUESTIONS.md': QUESTIONS, 'ANSWERS.md': `# Answers\n\n# Answer 1.\n${'> '.repeat(500)}deep\n` });
    await expect(loadDeck(path.join(deep, 'QUESTIONS.md'))).rejects.toMatchObject({ file: path.join(deep, 'ANSWERS.md'), line: 4, message: expect.stringMatching(/nested more than 100 levels/) });
  });

  it('pairs `# Answer N.` answers in ANSWERS.md with the numbered questions of QUESTIONS.md', async () => {
    const dir = bank({
      'QUESTIONS.md': QUESTIONS,
      'ANSWERS.md': '# Storage Prep Answers\n\n# Answer 1.\nA log of every change, written before the change is applied.\n\n# Answer 3.\nSpace held by rows that were deleted or updated.\n\n# Answer 2.\nEvery insert must update the index too.\n',
    });
    const deck = await loadDeck(path.join(dir, 'QUESTIONS.md'));
    expect(allQuestions(deck).map((q) => [q.text, q.cardText])).toEqual([
      ['What is a write-ahead log?', 'A log of every change, written before the change is applied.'],
      ['Why does an index slow writes?', 'Every insert must update the index too.'],
      ['What does VACUUM reclaim?', 'Space held by rows that were deleted or updated.'],
    ]);
    expect(readingSummary(deck.reading!)).toBe('3 questions (questions in a list), answers from ANSWERS.md');
    expect(deck.diagnostics).toEqual([]);
  });

  it('says at its line each question left without an answer and each answer that matches no question', async () => {
    const dir = bank({ 'questions.md': QUESTIONS, 'answers.md': '## 1. What is a write-ahead log?\n\nA log written before the change.\n\n## 7. What is MVCC?\n\nRows kept in versions.\n' });
    const result = await checkDecks([dir], { ...defaultOptions(), paths: [] });
    expect(result.files.map((f) => path.basename(f))).toEqual(['questions.md']);
    expect(result.findings.map((f) => `${path.basename(f.file)}:${f.line} ${f.code}`)).toEqual([
      'answers.md:5 unpaired-answer',
      'questions.md:4 unpaired-answer',
      'questions.md:5 unpaired-answer',
    ]);
    expect(result.findings[0].message).toContain('answer 7 matches no question of questions.md');
    expect(result.findings[1].message).toContain('question 2 has no answer in answers.md');
    expect(await answersOf(path.join(dir, 'questions.md'))).toEqual(['A log written before the change.', 'open', 'open']);
  });

  it('reads a numbered list of answers, `<name>-answers.md` beside `<name>.md`, an answer running over several lines', async () => {
    const dir = bank({ 'storage.md': QUESTIONS, 'storage-answers.md': '# Answers\n\n1. A log written first.\n2. The index is written too.\n\n   Each insert pays for it.\n3. Dead rows.\n' });
    expect(await answersOf(path.join(dir, 'storage.md'))).toEqual(['A log written first.', 'The index is written too.', 'Dead rows.']);
    const deck = await loadDeck(path.join(dir, 'storage.md'));
    expect(allQuestions(deck)[1].answerText).toContain('Each insert pays for it.');
  });

  it('pairs questions/<topic>.md with answers/<topic>.md in a parallel folder, and leaves the answers out of a recursive build', async () => {
    const dir = bank({});
    mkdirSync(path.join(dir, 'questions', 'basics'), { recursive: true });
    mkdirSync(path.join(dir, 'answers', 'basics'), { recursive: true });
    writeFileSync(path.join(dir, 'questions', 'basics', 'storage.md'), '# Storage\n\n### 1. What is a write-ahead log?\n\n---\n\n### 2. Why does an index slow writes?\n\n---\n');
    writeFileSync(path.join(dir, 'answers', 'basics', 'storage.md'), '# Storage answers\n\n### 1. What is a write-ahead log?\n\nA log written first.\n\n### 2. Why does an index slow writes?\n\nIt is written too.\n');
    const deck = await loadDeck(path.join(dir, 'questions', 'basics', 'storage.md'));
    expect(allQuestions(deck).map((q) => q.cardText)).toEqual(['A log written first.', 'It is written too.']);
    expect(readingSummary(deck.reading!)).toBe(`2 questions (numbered headings), answers from ${path.join('..', '..', 'answers', 'basics', 'storage.md')}`);
    expect(await findDeckFiles([dir], { recursive: true })).toEqual([path.join(dir, 'questions', 'basics', 'storage.md')]);
  });

  it('leaves the answers file out of a folder build, and its questions alone read as before with no answers file', async () => {
    const dir = bank({ 'QUESTIONS.md': QUESTIONS, 'ANSWERS.md': '# Answer 1.\nA log.\n', 'other.md': QUESTIONS });
    expect((await findDeckFiles([dir])).map((f) => path.basename(f))).toEqual(['QUESTIONS.md', 'other.md']);
    expect(await answersOf(path.join(dir, 'other.md'))).toEqual(['open', 'open', 'open']);
  });

  it('names the questions file when the answers file is built alone', async () => {
    const dir = bank({ 'QUESTIONS.md': QUESTIONS, 'ANSWERS.md': '# Answers\n\n# Answer 1.\nA log.\n\n# Answer 2.\nIndex writes.\n' });
    await expect(loadDeck(path.join(dir, 'ANSWERS.md'))).rejects.toMatchObject({ line: 3, hint: expect.stringMatching(/answers file of QUESTIONS\.md: build .*QUESTIONS\.md/) });
  });

  it('rebuilds the questions deck when only its answers file changed', async () => {
    const dir = bank({ 'QUESTIONS.md': QUESTIONS, 'ANSWERS.md': '# Answer 1.\nA log.\n' });
    const before = await deckKey(path.join(dir, 'QUESTIONS.md'), 'f');
    writeFileSync(path.join(dir, 'ANSWERS.md'), '# Answer 1.\nA log written first.\n');
    expect(await deckKey(path.join(dir, 'QUESTIONS.md'), 'f')).not.toBe(before);
  });

  it('imports the pair as one deck: each answer under its question, the unpaired said', async () => {
    const dir = bank({ 'QUESTIONS.md': QUESTIONS, 'ANSWERS.md': '# Answer 1.\nA log written first.\n\n# Answer 2.\nThe index is written too.\n' });
    const imported = await importBank(path.join(dir, 'QUESTIONS.md'));
    expect(imported.markdown).toContain('### Why does an index slow writes?\n\n<!-- card answer derived by studyguide import: review it -->\n\n> The index is written too.');
    expect(imported.markdown).toContain('### What does VACUUM reclaim?\n\nStatus: open');
    expect(imported.summary).toBe('3 questions (questions in a list), answers from ANSWERS.md, 1 without an answer');
    expect(imported.diagnostics.map((d) => `${path.basename(d.file)}:${d.line} ${d.code}`)).toEqual(['QUESTIONS.md:5 unpaired-answer']);
  });
  it('rebuilds the questions deck when a picture its answers file shows changed', async () => {
    const dir = bank({ 'QUESTIONS.md': QUESTIONS, 'ANSWERS.md': '# Answer 1.\nA log, as drawn:\n\n![the log](log.svg)\n' });
    const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="${fill}"/></svg>`;
    writeFileSync(path.join(dir, 'log.svg'), svg('red'));
    const before = await deckKey(path.join(dir, 'QUESTIONS.md'), 'f');
    writeFileSync(path.join(dir, 'log.svg'), svg('blue'));
    expect(await deckKey(path.join(dir, 'QUESTIONS.md'), 'f')).not.toBe(before);
  });

  it('checks the links and pictures of the answers file, each finding at its line there', async () => {
    const dir = bank({
      'QUESTIONS.md': QUESTIONS,
      'ANSWERS.md': [
        '# Answers', // 1
        '', // 2
        '1. A log written first; see [the notes](notes/wal.md).', // 3
        '2. The index is written too, as [below](#nowhere) shows.', // 4
        '3. Dead rows:', // 5
        '', // 6
        '   ![dead rows](dead-rows.png)', // 7
        '', // 8
        '   and [the questions](QUESTIONS.md).', // 9
      ].join('\n'),
    });
    const result = await checkDecks([path.join(dir, 'QUESTIONS.md')], { ...defaultOptions(), paths: [] });
    expect(result.findings.map((f) => `${path.basename(f.file)}:${f.line} ${f.code}`)).toEqual(['ANSWERS.md:3 missing-file', 'ANSWERS.md:4 missing-anchor', 'ANSWERS.md:7 image-blocked']);
    expect(result.findings[0].message).toContain('"notes/wal.md" points to a file that does not exist');
  });
});
