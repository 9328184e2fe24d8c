import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { ankiText } from '../../src/outputs/anki-output.js';

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
