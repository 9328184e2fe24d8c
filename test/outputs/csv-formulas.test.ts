import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { parseDeck } from '../../src/content/parse-deck.js';
import { cardsCsv } from '../../src/outputs/csv-output.js';

// A shared deck opened in a spreadsheet: a cell that starts a formula must arrive as text. The
// payloads below are the usual ones for a spreadsheet's DDE (`cmd|' /C calc'!A0` runs a program).
const DECK = [
  '# Shared deck',
  '',
  '## Traps',
  '',
  "### -2+3+cmd|' /C calc'!A0",
  '',
  "> -1 +cmd|' /C notepad'!A0",
  '',
  '### What is absolute zero in Celsius?',
  '',
  '> -273.15',
  '',
  '### What is a negative offset?',
  '',
  '> -3 degrees +HYPERLINK("http://example.test")',
  '',
].join('\n');

describe('cards.csv opened in a spreadsheet', () => {
  const rows: string[][] = parse(cardsCsv(parseDeck(DECK, { file: 'shared.md', slug: 'shared' })));

  it('defuses a cell starting with a minus followed by a number and a formula', () => {
    expect(rows[1][0]).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(rows[1][1]).toBe("'-1 +cmd|' /C notepad'!A0");
    expect(rows[3][1]).toBe(`'-3 degrees +HYPERLINK("http://example.test")`);
  });

  it('leaves a plain negative number a number', () => {
    expect(rows[2][1]).toBe('-273.15');
  });
});
