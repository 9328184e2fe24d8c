import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDirSync } from '../temp-dir.js';

parseInPlace();

// `\ud83d` alone is half of an emoji: what a script that cut a string in the middle of a pair
// writes into JSON or YAML. It stopped import and build with "URI malformed — run with --debug".
const work = tempDirSync('sg-surrogates-');
const said = (diagnostics: { line: number; message: string; code: string }[]) =>
  diagnostics.filter((d) => d.message.includes('half of a character')).map((d) => [d.line, d.code, d.message]);

describe('a lone surrogate escape in a bank of records', () => {
  it('in JSON: the bank imports, the half character prints as U+FFFD, said at its line', async () => {
    const bank = path.join(work, 'cut.json');
    writeFileSync(
      bank,
      '[\n  { "question": "What is an emoji?", "answer": "A picture \\ud83d character." },\n  { "question": "Is \\ud83d\\ude00 whole?", "answer": "Yes." }\n]\n',
    );
    const imported = await importBank(bank);
    expect(imported.markdown).toContain('A picture \uFFFD character.');
    expect(imported.markdown).toContain('Is 😀 whole?');
    expect(said(imported.diagnostics)).toEqual([
      [
        2,
        'left-out',
        '"\\ud83d" is half of a character (a lone surrogate escape): it prints as \uFFFD — write the character itself, or both halves of its pair ("\\ud83d\\ude00" for 😀)',
      ],
    ]);
  });

  it('in YAML: the same, at its line', async () => {
    const bank = path.join(work, 'cut.yaml');
    writeFileSync(bank, '- question: "First?"\n  answer: "Fine."\n- question: "Half \\udc00 here?"\n  answer: Yes.\n');
    const imported = await importBank(bank);
    expect(imported.markdown).toContain('Half \uFFFD here?');
    expect(said(imported.diagnostics).map(([line]) => line)).toEqual([3]);
  });

  it("in a deck's yaml block of records: the deck builds, said at the line in the deck", () => {
    const deck = parseDeck(
      '# Records\n\n```yaml\n- question: "Fine?"\n  answer: "Yes."\n- question: "What is \\ud800 here?"\n  answer: "Half a character."\n```\n',
      { file: 'rec.md', slug: 'rec' },
    );
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['Fine?', 'What is \uFFFD here?']);
    expect(said(deck.diagnostics).map(([line]) => line)).toEqual([6]);
  });

  it("in a deck's front matter: the subtitle prints U+FFFD, said at its key's line (it was silent)", () => {
    const deck = parseDeck('---\ntitle: Cut\nsubtitle: "Half \\ud800 a pair"\n---\n\n## S\n\n### Fine?\n\n> Yes.\n', { file: 'fm.md', slug: 'fm' });
    expect(deck.subtitle).toBe('Half \uFFFD a pair');
    expect(said(deck.diagnostics)).toEqual([
      [
        3,
        'left-out',
        '"\\ud800" is half of a character (a lone surrogate escape): it prints as \uFFFD — write the character itself, or both halves of its pair ("\\ud83d\\ude00" for 😀)',
      ],
    ]);
  });
});
