import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadDeck } from '../../../src/content/load-deck.js';
import { parseDeck } from '../../../src/content/parse-deck.js';
import { allQuestions, type Deck } from '../../../src/model/deck.js';
import { ankiText } from '../../../src/outputs/anki-output.js';
import { cardsCsv, csvField } from '../../../src/outputs/csv-output.js';
import { bundledOut, read } from '../../helpers.js';

const DECKS = ['infrastructure-engineer', 'kubernetes-admin'];

/** anki.txt split as Anki reads it: `#key:value` header lines, then tab-separated notes. */
function readAnki(text: string): { header: Map<string, string>; rows: string[][] } {
  const lines = text.split('\n').filter((l) => l !== '');
  const header = new Map(lines.filter((l) => l.startsWith('#')).map((l) => [l.slice(1, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]));
  return { header, rows: lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t')) };
}

describe.each(DECKS)('flashcard exports of %s', (slug) => {
  it('anki.txt has the header lines and one 3-field note per question', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const questions = allQuestions(deck);
    const { header, rows } = readAnki(await read(path.join(bundledOut(), slug, 'anki.txt')));
    expect(header.get('separator')).toBe('tab');
    expect(header.get('html')).toBe('true');
    expect(header.get('tags column')).toBe('3');
    expect(rows.length).toBe(questions.length);
    rows.forEach((row, i) => {
      expect(row.length).toBeGreaterThanOrEqual(3);
      expect(row[0]).toContain(questions[i].html.slice(0, 20));
      expect(row[1]).toContain('<hr>'.repeat(questions[i].answerFromCard ? 0 : 1));
      expect(row[2].split(' ')).toEqual(expect.arrayContaining([slug, questions[i].level, ...questions[i].tags.map((t) => t.replace(/\s+/g, '-'))]));
    });
  });

  it('cards.csv round-trips through a CSV parser to the deck', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const records: string[][] = parse(await read(path.join(bundledOut(), slug, 'cards.csv')), { relaxQuotes: false });
    expect(records[0]).toEqual(['question', 'card answer', 'level', 'tags']);
    expect(records.slice(1)).toEqual(allQuestions(deck).map((q) => [q.text, q.cardText, q.level, q.tags.join(', ')]));
  });
});

describe('flashcard exports of awkward questions', () => {
  const text = [
    '# Awkward',
    '## One',
    '### "Quoted", with a comma?',
    'Tags: a tag, b',
    '> First line\twith a tab,',
    '> and "quotes" on a second line.',
    '',
    'Code keeps its lines:',
    '',
    '```',
    'line one',
    '\tline two',
    '```',
    '### =HYPERLINK("http://x") as a question?',
    '> -cmd and @sum and +1',
    '### What is $x^2$ at $x = 3$, and is $a < b$?',
    '> $$9$$',
  ].join('\n');
  const deck: Deck = parseDeck(text, { file: 'awkward.md', slug: 'awkward' });

  it('keeps every Anki note on one line with exactly three fields', () => {
    const { rows } = readAnki(ankiText(deck));
    expect(rows.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(rows[0][0].startsWith('"')).toBe(false);
    // Lines inside code survive as <br>, a tab as a character reference.
    expect(rows[0][1]).toMatch(/line one<br>&#9;line two/);
    expect(rows[0][2]).toBe('awkward medium a-tag b');
  });

  it('gives Anki formulas as TeX, which it typesets itself', () => {
    const { rows } = readAnki(ankiText(deck));
    expect(rows[2][0]).toContain('\\(x^2\\)');
    expect(rows[2][0]).toContain('\\(x = 3\\)');
    expect(rows[2][0]).not.toContain('katex');
    // Still HTML: a < in TeX stays escaped so Anki does not read it as a tag.
    expect(rows[2][0]).toMatch(/\\\(a &(lt|#x3C|#60); b\\\)/);
  });

  it('writes RFC 4180 CSV that a parser reads back, formulas defused', () => {
    const records: string[][] = parse(cardsCsv(deck));
    expect(records.length).toBe(4);
    expect(records[1]).toEqual(['"Quoted", with a comma?', allQuestions(deck)[0].cardText, 'medium', 'a tag, b']);
    expect(records[1][1]).toContain('"quotes"');
    expect(parse(`${csvField('two\nlines, "quoted"')},x\r\n`)).toEqual([['two\nlines, "quoted"', 'x']]);
    expect(records[2][0].startsWith("'=")).toBe(true);
    expect(records[2][1].startsWith("'-cmd")).toBe(true);
    expect(csvField('-3 degrees')).toBe('-3 degrees');
    expect(csvField(' padded ')).toBe('" padded "');
  });
});
