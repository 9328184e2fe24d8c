import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { ankiText } from '../../src/outputs/anki-output.js';
import { quizletText } from '../../src/outputs/quizlet-output.js';

// anki.txt is tab-separated text: opened in a spreadsheet (to look it over before importing), a
// field that starts with = + - or @ is a formula, and `cmd|' /C calc'!A0` runs a program. Its
// fields are HTML, so the first character is written as an entity: Anki shows the same text.
const DECK = [
  '# Shared deck',
  '',
  '## Traps',
  '',
  "### =cmd|' /C calc'!A0",
  '',
  '> +1+1 is two',
  '',
  '### -2+3 is what?',
  '',
  '> @SUM(1,2)',
  '',
  '### What is absolute zero in Celsius?',
  '',
  '> -273.15',
  '',
].join('\n');

describe('anki.txt opened in a spreadsheet', () => {
  const rows = ankiText(parseDeck(DECK, { file: 'shared.md', slug: 'shared' }))
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));

  it('starts no field with a formula character (they reached it as live formulas)', () => {
    const fields = rows.flatMap((row) => row.slice(2, -1));
    expect(fields.filter((f) => /^[=+\-@]/.test(f) && !/^-\d+(?:[.,]\d+)?$/.test(f))).toEqual([]);
    expect(rows[0][2]).toBe('&#61;cmd|’ /C calc’!A0');
    expect(rows[1][2]).toBe('&#45;2+3 is what?');
  });

  it('leaves a field that starts with a tag, or a negative number, as it was', () => {
    expect(rows[0][3]).toBe('<p>+1+1 is two</p>');
    expect(rows[2][3]).toBe('<p>-273.15</p>');
  });
});

// The deck and tags columns of anki.txt are plain text, not HTML, and quizlet.txt is plain text
// too: an entity would show as typed. They reached a spreadsheet as live formulas.
const TITLED = ['# =cmd|x!A0', '', '## +Sec', '', '### =1+1 what?', '', '> @SUM(A1)', '', '### Q2?', '', '> -273.15', ''].join('\n');

describe('plain-text columns opened in a spreadsheet', () => {
  const deck = parseDeck(TITLED, { file: 'titled.md', slug: '-titled' });

  it('anki.txt starts no deck or tags cell with a formula character, with a space Anki trims', () => {
    const rows = ankiText(deck)
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    expect(rows.map((row) => row[1])).toEqual(['\u3000=cmd|x!A0::+Sec', '\u3000=cmd|x!A0::+Sec']);
    expect(rows.map((row) => row.at(-1))).toEqual(['\u3000-titled medium', '\u3000-titled medium']);
    // Anki trims each part of a deck name and splits tags on U+3000: what it imports is unchanged.
    expect(rows[0][1].trim()).toBe('=cmd|x!A0::+Sec');
    expect(
      rows[0]
        .at(-1)!
        .split(/[ \u3000]/)
        .filter(Boolean),
    ).toEqual(['-titled', 'medium']);
  });

  it('quizlet.txt starts no term or definition with a formula character; a negative number stays', () => {
    const lines = quizletText(deck)
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(lines).toEqual([
      ['\u00a0=1+1 what?', '\u00a0@SUM(A1)'],
      ['Q2?', '-273.15'],
    ]);
  });
});
