import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { checkDeck } from '../../src/check/check-deck.js';
import { allQuestions, type Deck } from '../../src/model/deck.js';
import type { StudyguideError } from '../../src/errors.js';
import { parseInPlace } from '../parse-in-place.js';
import { runCli } from '../cli-run.js';
import { tempDirSync } from '../temp-dir.js';

const root = 'test/fixtures/layouts';
const work = tempDirSync('sg-import-');
const questionsOf = (deck: Deck) =>
  allQuestions(deck).map((q) => ({ text: q.text, level: q.level, tags: q.tags, open: !!q.open, answered: q.answerText.length > 0 }));

parseInPlace();

/** A bank written under `work` as `name`.md and imported beside it (`name`.out.md): what import wrote, and both files as build reads them. */
async function importedBeside(name: string, lines: string[]): Promise<{ markdown: string; bank: Deck; again: Deck }> {
  const bank = path.join(work, `${name}.md`);
  writeFileSync(bank, lines.join('\n'));
  const { markdown } = await importBank(bank);
  const target = path.join(work, `${name}.out.md`);
  writeFileSync(target, markdown);
  return { markdown, bank: await loadDeck(bank), again: await loadDeck(target) };
}

// Each layout fixture's import (checks clean, same questions at the same levels, derived cards
// marked) is tested in test/content/layout-fixture-cases.ts, beside its reading: one parse of each
// input serves both.
describe('studyguide import', () => {
  it('writes unlettered ticked choices and a listing with the question, and the card says only what is right', async () => {
    const { markdown, bank, again } = await importedBeside('ticked-choices', [
      '# Web quiz',
      '',
      '## HTTP',
      '',
      '### 1. Which of these methods are idempotent?',
      '',
      '- [x] GET',
      '- [ ] POST',
      '- [x] PUT',
      '',
      '### 2. What does this line log?',
      '',
      '```js',
      'console.log(typeof []);',
      '```',
      '',
      '**Answer:** `"object"`, since arrays are objects.',
      '',
      '### 3. Which one means "not modified"?',
      '',
      '- [ ] a) 200',
      '- [x] b) 304',
      '',
    ]);
    // The ticks would give the answer away above the card: the boxes are written empty.
    expect(markdown).not.toContain('[x]');
    const seen = (deck: Deck) => allQuestions(deck).map((q) => ({ text: q.text, prompt: q.promptText, card: q.cardText }));
    expect(seen(again)).toEqual(seen(bank));
    expect(seen(again).map((q) => q.card)).toEqual(['GET; PUT', '"object", since arrays are objects.', 'b) 304']);
    expect(seen(again)[1].prompt).toBe('console.log(typeof []);');
  });

  it('writes a bullet list a foreign question asks about above its card, as build prints it: import then build gives the same questions, prompts and answers', async () => {
    const { bank, again } = await importedBeside('asked-lists', [
      '# Storage quiz',
      '',
      '## 1. Compare:',
      '',
      '- a write-ahead log',
      '- a snapshot',
      '',
      '**Answer:** The log records each change as it happens; the snapshot copies the whole state now and then.',
      '',
      '## 2. Which of these keep data after a restart?',
      '',
      '- a disk volume',
      '- a tmpfs mount',
      '- a page cache',
      '',
      '**Answer:** Only the disk volume.',
      '',
      '## 3. Why compact a log?',
      '',
      '**Answer:** To drop records a later one overwrote.',
      '',
    ]);
    const seen = (deck: Deck) => allQuestions(deck).map((q) => ({ text: q.text, prompt: q.promptText, answer: q.answerText, card: q.cardText }));
    const built = seen(bank);
    expect(built.map((q) => q.prompt)).toEqual(['a write-ahead log; a snapshot', 'a disk volume; a tmpfs mount; a page cache', undefined]);
    expect(seen(again)).toEqual(built);
  });

  it('writes a list a foreign question does not introduce, or a task in a paragraph, above an answer label over its card, as build prints them: import then build gives the same questions, prompts and answers', async () => {
    const { markdown, bank, again } = await importedBeside('unintroduced-lists', [
      '# Release quiz',
      '',
      '## 1. Which way of shipping fits a team of four?',
      '',
      '- a nightly tarball',
      '- a tagged container image',
      '',
      '**Answer:** The tagged image: every host runs the same bytes.',
      '',
      '## 2. Roll back a release',
      '',
      'The last deploy broke logins. Put the previous version back.',
      '',
      '**Answer:** Redeploy the tag before it, then check the login page.',
      '',
      '## 3. Why tag images?',
      '',
      '**Answer:** So a deploy names one exact build.',
      '',
    ]);
    const seen = (deck: Deck) => allQuestions(deck).map((q) => ({ text: q.text, prompt: q.promptText, answer: q.answerText }));
    const built = seen(bank);
    expect(built.map((q) => q.prompt)).toEqual([
      'a nightly tarball; a tagged container image',
      'The last deploy broke logins. Put the previous version back.',
      undefined,
    ]);
    expect(seen(again)).toEqual(built);
    // The label says where the answer starts; the list is not written twice.
    expect(markdown.match(/\*\*Answer:\*\*/g)).toHaveLength(2);
    expect(markdown.match(/a nightly tarball/g)).toHaveLength(1);
  });

  it('writes options typed one a line (A. …⏎B. …) above the card, where our format reads them as asked: the imported deck prints them with the question too', async () => {
    const { bank, again } = await importedBeside('option-lines', [
      '# Cluster quiz',
      '',
      '## 1. Which port does the API server listen on?',
      '',
      'A. 443',
      'B. 6443',
      'C. 8080',
      '',
      '**Answer:** B',
      '',
      'The secure port is 6443 unless set otherwise.',
      '',
      '## 2. Which object keeps pods running?',
      '',
      'A. A ReplicaSet',
      'B. A ConfigMap',
      '',
      '**Answer:** A',
      '',
    ]);
    const seen = (deck: Deck) => allQuestions(deck).map((q) => ({ text: q.text, prompt: q.promptText, card: q.cardText }));
    const built = seen(bank);
    expect(built.map((q) => q.prompt)).toEqual(['A. 443 B. 6443 C. 8080', 'A. A ReplicaSet B. A ConfigMap']);
    expect(seen(again)).toEqual(built);
  });

  it("reads a bank in the layout its front matter names, as build does, and a site generator's layout as none", async () => {
    const bank = path.join(work, 'front-matter-layout.md');
    writeFileSync(
      bank,
      [
        '---',
        'layout: qa',
        '---',
        '',
        '# Shell',
        '',
        '## Basics',
        '',
        '1. What is a pipe?',
        '2. What does ls print?',
        '',
        'Q: What is grep?',
        'A: It finds lines.',
        '',
      ].join('\n'),
    );
    const target = path.join(work, 'front-matter-layout.out.md');
    const run = await runCli(['import', bank, '-o', target]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 question (question and answer paragraphs)');
    expect(questionsOf(await loadDeck(target))).toEqual(questionsOf(await loadDeck(bank)));
    const post = path.join(work, 'site-layout.md');
    writeFileSync(post, ['---', 'layout: post', '---', '', '# Shell', '', '1. What is a pipe?', '2. What does ls print?', ''].join('\n'));
    const imported = await importBank(post);
    expect(imported.summary).toBe('2 questions (questions in a list), 2 without an answer');
    // A generator's usual page layout is the site's, read quietly as none (a word that may be ours misspelt is warned: site-layout.test.ts).
    expect(imported.diagnostics.map((d) => `${d.line}: ${d.code}`)).toEqual([]);
  });

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

  it('writes a question asked over two lines (its translation under it) as one heading line', async () => {
    const imported = await importBank(path.join(root, 'list-bilingual-lines', 'input.md'));
    expect(imported.markdown).toContain('### What is hoisting? ホイスティングとは何ですか？\n');
    expect(imported.markdown).not.toContain('&#xA;');
  });

  it('reads CSV rows and an Anki notes export', async () => {
    const csv = path.join(work, 'sheet.csv');
    writeFileSync(csv, 'question,answer,level,tags\n"What is DNS?","Names to addresses, cached.",easy,"net, basics"\nWhat is TTL?,,Advanced,\n');
    const anki = path.join(work, 'anki-notes.txt');
    writeFileSync(anki, '#separator:tab\n#html:true\n#deck:Shell\nWhat does <code>pwd</code> print?\tThe <b>current</b> folder.\n');
    for (const [file, expected] of [
      [
        csv,
        [
          { text: 'What is DNS?', level: 'easy', tags: ['net', 'basics'], open: false, answered: true },
          { text: 'What is TTL?', level: 'hard', tags: [], open: true, answered: false },
        ],
      ],
      [anki, [{ text: 'What does pwd print?', level: 'medium', tags: [], open: false, answered: true }]],
    ] as const) {
      const target = path.join(work, `${path.basename(file)}.md`);
      writeFileSync(target, (await importBank(file)).markdown);
      expect(questionsOf(await loadDeck(target))).toEqual(expected);
      expect((await checkDeck(target, { cardSize: 'index-3x5' })).findings.filter((f) => f.level === 'error')).toEqual([]);
    }
    const dns = allQuestions(await loadDeck(path.join(work, 'sheet.csv.md')))[0];
    expect([dns.level, dns.tags, dns.cardText]).toEqual(['easy', ['net', 'basics'], 'Names to addresses, cached.']);
  });

  it('reads a JSON bank: a list, a list under a key, or questions grouped by category, fields by their usual names', async () => {
    const grouped = path.join(work, 'grouped.json');
    writeFileSync(
      grouped,
      JSON.stringify({
        Networking: [
          { question: 'What is DNS?', answer: 'It turns names into addresses.', difficulty: 'Beginner', tags: ['net'] },
          {
            text: 'Why cache DNS answers?',
            sampleAnswer: 'Lookups are slow and answers rarely change.',
            difficulty: 'Advanced',
            followUps: ['What bounds the cache?'],
          },
        ],
        Behavioral: [{ question: 'Tell me about a hard bug you fixed.', tips: 'Use the STAR shape.' }, 'What do you want to learn next?', { id: 7 }],
      }),
    );
    const listed = path.join(work, 'listed.json');
    writeFileSync(
      listed,
      JSON.stringify({ title: 'Scales', questions: [1, 2, 3, 4, 5].map((n) => ({ prompt: `Question ${n}?`, back: `Answer ${n}.`, difficulty: n })) }),
    );
    const imported = await importBank(grouped);
    expect(imported.diagnostics.map((d) => d.message)).toEqual([
      'entry 5 of the list has no question field (question, text, prompt, front, q, term, title); left out',
    ]);
    const target = path.join(work, 'grouped.md');
    writeFileSync(target, imported.markdown);
    expect((await checkDeck(target, { cardSize: 'index-3x5' })).findings.filter((f) => f.level === 'error')).toEqual([]);
    const deck = await loadDeck(target);
    expect(deck.sections.map((s) => s.title)).toEqual(['Networking', 'Behavioral']);
    expect(allQuestions(deck).map((q) => [q.text, q.level, !!q.open, q.cardText])).toEqual([
      ['What is DNS?', 'easy', false, 'It turns names into addresses.'],
      ['Why cache DNS answers?', 'hard', false, 'Lookups are slow and answers rarely change.'],
      ['Tell me about a hard bug you fixed.', 'medium', false, 'Use the STAR shape.'],
      ['What do you want to learn next?', 'medium', true, ''],
    ]);
    expect(allQuestions(deck)[1].answerText).toContain('What bounds the cache?');
    const scales = await importBank(listed);
    writeFileSync(path.join(work, 'listed.md'), scales.markdown);
    const scaled = await loadDeck(path.join(work, 'listed.md'));
    expect([scaled.title, ...allQuestions(scaled).map((q) => q.level)]).toEqual(['Scales', 'easy', 'medium', 'medium', 'hard', 'hard']);
    await expect(importBank(path.join(work, 'broken.json'))).rejects.toThrow(/cannot read/);
    writeFileSync(path.join(work, 'bad.json'), '[\n  {"question": "A?",\n  oops\n]');
    // Given to build as a deck, it says how to read it.
    await expect(loadDeck(grouped)).rejects.toThrow(/a JSON bank is not a markdown deck/);
    const bad = (await importBank(path.join(work, 'bad.json')).catch((e: unknown) => e)) as StudyguideError;
    expect(bad.format()).toMatch(/bad\.json:3: not readable JSON \(.*\) — fix the JSON/);
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

describe('import of a YAML bank', () => {
  it('reads a .yaml or .yml file of question records as it reads JSON, warning at the line of a record with no question', async () => {
    const bank = path.join(work, 'shell.yaml');
    writeFileSync(
      bank,
      [
        'title: Shell',
        'questions:',
        '  - question: What does pwd print?',
        '    answer: The folder you are in.',
        '    level: beginner',
        '    tags: [shell]',
        '  - answer: No question here.',
        '  - q: How do you list hidden files?',
        '    a: With ls -a.',
        '    category: Files',
        '',
      ].join('\n'),
    );
    const imported = await importBank(bank);
    expect(imported.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '7: entry 2 of the list has no question field (question, text, prompt, front, q, term, title); left out',
    ]);
    const target = path.join(work, 'shell-yaml.md');
    writeFileSync(target, imported.markdown);
    const deck = await loadDeck(target);
    expect(deck.title).toBe('Shell');
    expect(allQuestions(deck).map((q) => [q.text, q.level, q.tags, q.cardText])).toEqual([
      ['What does pwd print?', 'easy', ['shell'], 'The folder you are in.'],
      ['How do you list hidden files?', 'medium', [], 'With ls -a.'],
    ]);
    // A markdown deck holding its records in a ```yaml block is written out as the questions build reads there.
    const noted = path.join(work, 'noted.md');
    writeFileSync(noted, '# Noted\n\n```yaml\n- q: What is DNS?\n  a: Names to addresses.\n- q: What is TTL?\n```\n');
    const written = path.join(work, 'noted-deck.md');
    writeFileSync(written, (await importBank(noted)).markdown);
    expect(questionsOf(await loadDeck(written)).map((q) => [q.text, q.open])).toEqual([
      ['What is DNS?', false],
      ['What is TTL?', true],
    ]);
    writeFileSync(path.join(work, 'broken.yml'), '- question: A?\n  answer: [B\n');
    const bad = (await importBank(path.join(work, 'broken.yml')).catch((e: unknown) => e)) as StudyguideError;
    expect(bad.format()).toMatch(/broken\.yml:\d: the YAML bank does not parse/);
  });
});

// A box keeps its kind through an import: print tells an example, a question put to the reader and a warning apart.
describe('studyguide import of boxes', () => {
  it('writes each box as a callout of its kind, and the deck it writes reads them back as boxes of that kind', async () => {
    const bank = path.join(work, 'box-kinds.md');
    writeFileSync(
      bank,
      [
        '# Shell',
        '',
        '### Explain what `set -e` does',
        '',
        'The script stops at the first command that fails.',
        '',
        '<details><summary>Example</summary>',
        '',
        '```sh',
        'false',
        '```',
        '',
        '</details>',
        '',
        '### Describe a subshell',
        '',
        'A child copy of the shell, started by parentheses.',
        '',
        '??? question "Think about it"',
        '    Why does a `cd` inside one leave the caller where it was?',
        '',
        '### Describe a here-document',
        '',
        'Lines fed to a command as its input.',
        '',
        '!!! example',
        '    A `cat <<EOF` over two lines.',
        '',
        'Its delimiter may be quoted.',
        '',
        '!!! warning "Quoting"',
        '    A quoted delimiter stops expansion.',
        '',
      ].join('\n'),
    );
    const imported = await importBank(bank);
    expect(imported.markdown).toContain('> [!example] Example\n');
    expect(imported.markdown).toContain('> [!question] Think about it\n');
    // An untitled box stays untitled: print names it in the deck's language.
    expect(imported.markdown).toContain('> [!example]\n');
    expect(imported.markdown).toContain('> [!warning] Quoting\n');
    const target = path.join(work, 'box-kinds.out.md');
    writeFileSync(target, imported.markdown);
    const kinds = (deck: Deck) => allQuestions(deck).map((q) => ({ text: q.text, boxes: [...q.answerHtml.matchAll(/callout-(\w+)/g)].map((m) => m[1]) }));
    expect(kinds(await loadDeck(target))).toEqual([
      { text: 'Explain what set -e does', boxes: ['example'] },
      { text: 'Describe a subshell', boxes: ['question'] },
      { text: 'Describe a here-document', boxes: ['example', 'warning'] },
    ]);
    expect(kinds(await loadDeck(target))).toEqual(kinds(await loadDeck(bank)));
  });
});
