import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importBank, DERIVED_NOTE } from '../../src/import/import-bank.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { checkDeck } from '../../src/check/check-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseInPlace } from '../parse-in-place.js';

const root = 'test/fixtures/layouts';
const work = mkdtempSync(path.join(tmpdir(), 'sg-import-'));
const questionsOf = async (file: string) =>
  allQuestions(await loadDeck(file)).map((q) => ({ text: q.text, level: q.level, open: !!q.open, answered: q.answerText.length > 0 }));

parseInPlace();

describe('studyguide import', () => {
  for (const name of readdirSync(root).sort()) {
    it(`${name}: the imported deck checks clean and builds the same questions, at the same levels`, async () => {
      const source = path.join(root, name, 'input.md');
      const imported = await importBank(source);
      const target = path.join(work, `${name}.md`);
      writeFileSync(target, imported.markdown);
      const findings = await checkDeck(target, { cardSize: 'index-3x5' });
      expect(findings.filter((f) => f.level === 'error')).toEqual([]);
      expect(await questionsOf(target)).toEqual(await questionsOf(source));
      // Every derived card answer is marked for review.
      const derived = allQuestions(await loadDeck(source)).filter((q) => q.cardGenerated && !q.open).length;
      expect(imported.markdown.split(DERIVED_NOTE).length - 1).toBe(derived);
    });
  }

  it('writes a derived card answer as markdown: code stays a code block, a list a list, code spans code', async () => {
    const bank = path.join(work, 'code-bank.md');
    writeFileSync(
      bank,
      [
        '# Shell',
        '',
        '## 1. Which process listens on port 8080?',
        '',
        'Run this:',
        '',
        '```sh',
        'ss -ltnp | grep :8080',
        '```',
        '',
        '## 2. What does `pwd` print?',
        '',
        'The `current` working folder, as an absolute path.',
        '',
        '## 3. Which signals stop a process?',
        '',
        'The usual ones are:',
        '',
        '- SIGTERM, which asks',
        '- SIGKILL, which forces',
        '',
      ].join('\n'),
    );
    const imported = await importBank(bank);
    expect(imported.markdown).toContain('> ```sh\n> ss -ltnp | grep :8080\n> ```');
    expect(imported.markdown).toContain('> The `current` working folder');
    const target = path.join(work, 'code-bank-imported.md');
    writeFileSync(target, imported.markdown);
    // The imported deck's cards say what the bank's derived ones said.
    const cards = async (file: string) => allQuestions(await loadDeck(file)).map((q) => q.cardText);
    expect(await cards(target)).toEqual(await cards(bank));
  });

  it('reads CSV rows and an Anki notes export', async () => {
    const csv = path.join(work, 'sheet.csv');
    writeFileSync(csv, 'question,answer,level,tags\n"What is DNS?","Names to addresses, cached.",easy,"net, basics"\nWhat is TTL?,,hard,\n');
    const anki = path.join(work, 'anki-notes.txt');
    writeFileSync(anki, '#separator:tab\n#html:true\n#deck:Shell\nWhat does <code>pwd</code> print?\tThe <b>current</b> folder.\n');
    for (const [file, expected] of [
      [
        csv,
        [
          { text: 'What is DNS?', level: 'easy', open: false, answered: true },
          { text: 'What is TTL?', level: 'hard', open: true, answered: false },
        ],
      ],
      [anki, [{ text: 'What does pwd print?', level: 'medium', open: false, answered: true }]],
    ] as const) {
      const target = path.join(work, `${path.basename(file)}.md`);
      writeFileSync(target, (await importBank(file)).markdown);
      expect(await questionsOf(target)).toEqual(expected);
      expect((await checkDeck(target, { cardSize: 'index-3x5' })).filter((f) => f.level === 'error')).toEqual([]);
    }
    const dns = allQuestions(await loadDeck(path.join(work, 'sheet.csv.md')))[0];
    expect([dns.level, dns.tags, dns.cardText]).toEqual(['easy', ['net', 'basics'], 'Names to addresses, cached.']);
  });
});

/** A bank written to a file, imported, and the imported deck written beside it: both paths and the import. */
async function roundTrip(name: string, bank: string) {
  const source = path.join(work, `${name}-source.md`);
  writeFileSync(source, bank);
  const imported = await importBank(source);
  const target = path.join(work, `${name}-target.md`);
  writeFileSync(target, imported.markdown);
  return { source, target, imported };
}

/** What a multiple-choice question reads as: its text, the options printed with it, its card. */
const asked = async (file: string) => allQuestions(await loadDeck(file)).map((q) => ({ text: q.text, prompt: q.promptText, card: q.cardText }));

describe('studyguide import of a multiple-choice bank', () => {
  it('writes the options where our format reads them, between the question and its card', async () => {
    const { source, target, imported } = await roundTrip(
      'ticked',
      '# Drills\n\n**Exercise 1: Which tier keeps data through a power cut?**\n\n- [ ] a) Registers\n- [ ] b) Cache\n- [x] c) Disk\n\n**Exercise 2: Which of these are volatile?**\n\n- [x] a) RAM\n- [ ] b) SSD\n- [x] c) CPU cache\n\nBoth lose what they hold when the power goes.\n',
    );
    expect(imported.markdown).not.toMatch(/\[[ x]\]/);
    expect(await asked(target)).toEqual(await asked(source));
    expect((await asked(target))[0]).toEqual({
      text: 'Which tier keeps data through a power cut?',
      prompt: 'a) Registers; b) Cache; c) Disk',
      card: 'c) Disk',
    });
  });
});

describe('studyguide import of a quiz with an answer key', () => {
  it('writes what each question asks into its heading, its options under it and the key as its card', async () => {
    const { source, target, imported } = await roundTrip(
      'keyed',
      [
        '# Streaming drills',
        '',
        '### Q1: Ordering',
        'Where does a log keep its messages in order?',
        '',
        '- A) Across the whole topic',
        '- B) Within one partition',
        '',
        '### Q2: Retention',
        'What happens to a message once it has been read?',
        '',
        '- A) It is deleted at once',
        '- B) It stays until the retention limit',
        '',
        '## Answers',
        '',
        '| Q | Answer | Why |',
        '|---|---|---|',
        '| 1 | B | Order holds only inside a partition. |',
        '| 2 | B | Reading deletes nothing. |',
      ].join('\n'),
    );
    expect((await asked(target))[0]).toEqual({
      text: 'Ordering: Where does a log keep its messages in order?',
      prompt: 'A) Across the whole topic; B) Within one partition',
      card: 'B) Within one partition\nOrder holds only inside a partition.',
    });
    expect((await asked(target)).map((q) => q.card)).toEqual((await asked(source)).map((q) => q.card));
    expect(imported.markdown).not.toContain('## Answers');
  });
});
