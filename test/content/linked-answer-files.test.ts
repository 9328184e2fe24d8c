import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A table bank whose answer cells only link to files of their own (layouts/linked-answer-files.ts).
function bank(rows: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'linked-answers-'));
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
    expect(read.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n')).toMatch(/^5: the answer file \.\.\/secret\.md .*left open/m);
    expect(pwd.answerHtml).toBe('<p>The folder you are in.</p>');
  });
});
