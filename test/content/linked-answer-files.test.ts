import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { deckKey } from '../../src/cache/cache-inputs.js';
import { tempDirSync } from '../temp-dir.js';

// A table bank whose answer cells only link to files of their own (layouts/linked-answer-files.ts).
function bank(rows: string, files: Record<string, string>): string {
  const dir = tempDirSync('linked-answers-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const deck = path.join(dir, 'deck', 'README.md');
  mkdirSync(path.dirname(deck), { recursive: true });
  writeFileSync(deck, `# Shell\n\n| # | Question | Answer |\n|---|---|---|\n${rows}`);
  return deck;
}

describe('answers linked from a table', () => {
  it('shows a picture of the answer file from the answer file\'s folder', async () => {
    const deck = bank('| 1 | What does ls list? | [🔑](a/ls.md) |\n| 2 | What does pwd print? | [🔑](a/pwd.md) |\n', {
      'deck/a/ls.md': 'The entries of a folder.\n\n![a listing](pics/ls.png)\n',
      'deck/a/pwd.md': 'The folder you are in.\n',
    });
    const read = await loadDeck(deck);
    const [ls, pwd] = allQuestions(read);
    expect(ls.cardText).toBe('The entries of a folder.');
    // The picture is not there: the warning names where it was looked for.
    expect(read.diagnostics.map((d) => d.message).join('\n')).toContain('a/pics/ls.png');
    expect(pwd.cardText).toBe('The folder you are in.');
  });

  it('reads no file outside the deck\'s folder: the question is open, said at its line', async () => {
    const deck = bank('| 1 | What does ls list? | [🔑](../secret.md) |\n| 2 | What does pwd print? | [Answer](pwd.md) |\n', {
      'secret.md': 'Not for the deck.\n',
      'deck/pwd.md': '# What does `pwd` print?\n\nThe folder you are in.\n',
    });
    const read = await loadDeck(deck);
    const [ls, pwd] = allQuestions(read);
    expect(ls.open).toBe(true);
    expect(ls.answerHtml).not.toContain('Not for the deck');
    expect(read.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n')).toMatch(/^5: the answer file \.\.\/secret\.md lies outside the deck's folder; the question is left open/m);
    expect(pwd.answerHtml).toBe('<p>The folder you are in.</p>');
  });
});

describe('answers linked from a table, refused', () => {
  it('refuses a linked answer file that is a symlink leading out of the deck\'s folder, said at the row\'s line', async () => {
    const deck = bank('| 1 | What does ls list? | [🔑](a/ls.md) |\n| 2 | What does pwd print? | [🔑](a/pwd.md) |\n', {
      'private.md': 'Kept out of the deck.\n',
      'deck/a/pwd.md': 'The folder you are in.\n',
    });
    symlinkSync(path.join(path.dirname(deck), '..', 'private.md'), path.join(path.dirname(deck), 'a', 'ls.md'));
    const read = await loadDeck(deck);
    const [ls, pwd] = allQuestions(read);
    expect(ls.open).toBe(true);
    expect(ls.answerHtml).not.toContain('Kept out');
    expect(read.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([expect.stringMatching(/^5: the answer file a\/ls\.md: it is a link to .*private\.md, outside the deck's folder; the question is left open/)]);
    expect(pwd.cardText).toBe('The folder you are in.');
  });
});

describe('answers linked from a list', () => {
  it('reads the file a numbered question links as its answer, the link on its line or the next', async () => {
    const dir = tempDirSync('linked-list-');
    mkdirSync(path.join(dir, 'answers'));
    writeFileSync(path.join(dir, 'answers', 'osi.md'), '# What is OSI?\n\nSeven layers, wire to application.\n');
    writeFileSync(path.join(dir, 'answers', 'dns.md'), 'Names to addresses.\n');
    const deck = path.join(dir, 'net.md');
    writeFileSync(deck, '# Net\n\n1. What is OSI? [Answer](answers/osi.md)\n2. What does DNS do? [🗝️](answers/dns.md)\n3. What is TCP?\n   [Answer](answers/tcp.md)\n');
    const read = await loadDeck(deck);
    expect(allQuestions(read).map((q) => [q.text, q.open ? 'open' : q.cardText])).toEqual([
      ['What is OSI?', 'Seven layers, wire to application.'],
      ['What does DNS do?', 'Names to addresses.'],
      ['What is TCP?', 'open'],
    ]);
    expect(read.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([expect.stringMatching(/^5: the answer file answers\/tcp\.md is not there; the question is left open/)]);
  });
});

describe('answers linked from a table, cached', () => {
  it('builds the deck anew when a linked answer file, or a picture it shows, changed', async () => {
    const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="${fill}"/></svg>`;
    const deck = bank('| 1 | What does ls list? | [🔑](a/ls.md) |\n', { 'deck/a/ls.md': 'The entries of a folder.\n\n![a listing](pics/ls.svg)\n', 'deck/a/pics/ls.svg': svg('red') });
    const first = await deckKey(deck, 'f');
    writeFileSync(path.join(path.dirname(deck), 'a', 'ls.md'), 'The entries of a folder, hidden ones with -a.\n\n![a listing](pics/ls.svg)\n');
    const second = await deckKey(deck, 'f');
    expect(second).not.toBe(first);
    writeFileSync(path.join(path.dirname(deck), 'a', 'pics', 'ls.svg'), svg('blue'));
    expect(await deckKey(deck, 'f')).not.toBe(second);
  });
});

describe('answers linked from a table to a folder', () => {
  it('leaves the question open, said at its row, whether the link parsed or its space kept it text', async () => {
    const deck = bank('| 1 | What does ls list? | [🔑](./a/) |\n| 2 | What does pwd print? | [🔑](./my notes/) |\n| 3 | What does cd do? | [🔑](a/cd.md) |\n', {
      'deck/a/cd.md': 'Changes the folder you are in.\n',
      'deck/my notes/pwd.md': 'The folder you are in.\n',
    });
    const read = await loadDeck(deck);
    const [ls, pwd, cd] = allQuestions(read);
    expect([ls.open, pwd.open, ls.answerHtml, pwd.answerHtml]).toEqual([true, true, '', '']);
    expect(cd.cardText).toBe('Changes the folder you are in.');
    expect(read.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      "5: the answer link ./a/ names a folder, not an answer file; the question is left open — link the .md file that answers it",
      "6: the answer link ./my notes/ names a folder, not an answer file; the question is left open — link the .md file that answers it",
    ]);
  });
});
