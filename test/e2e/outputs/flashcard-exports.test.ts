import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadDeck } from '../../../src/content/load-deck.js';
import { parseDeck } from '../../../src/content/parse-deck.js';
import { allQuestions, type Deck } from '../../../src/model/deck.js';
import { ankiText } from '../../../src/outputs/anki-output.js';
import { cardsCsv, csvField } from '../../../src/outputs/csv-output.js';
import { quizletText } from '../../../src/outputs/quizlet-output.js';
import { bundledOut, read } from '../../helpers.js';
import { untypeset } from '../../untypeset.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

const DECKS = ['infrastructure-engineer', 'kubernetes-admin'];

/** anki.txt split as Anki reads it: `#key:value` header lines, then tab-separated notes. */
function readAnki(text: string): { header: Map<string, string>; rows: string[][] } {
  const lines = text.split('\n').filter((l) => l !== '');
  const header = new Map(lines.filter((l) => l.startsWith('#')).map((l) => [l.slice(1, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]));
  return { header, rows: lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t')) };
}

describe.each(DECKS)('flashcard exports of %s', (slug) => {
  it('anki.txt has the header lines and one note per question: guid, sub-deck, fields, tags', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const { header, rows } = readAnki(await read(path.join(bundledOut(), slug, 'anki.txt')));
    expect(Object.fromEntries(header)).toEqual({
      separator: 'tab',
      html: 'true',
      'guid column': '1',
      notetype: 'studyguide',
      'deck column': '2',
      'tags column': '8',
    });
    const questions = deck.sections.flatMap((s) => s.questions.map((q) => ({ q, section: s.title })));
    expect(rows.length).toBe(questions.length);
    rows.forEach((row, i) => {
      const { q, section } = questions[i];
      expect(row.length).toBe(8);
      expect(row[0]).toBe(q.guid);
      expect(row[1]).toBe(`${deck.title}::${section}`);
      expect(row[2]).toContain(q.html.slice(0, 20));
      expect(row[4]).toEqual(q.answerFromCard ? '' : expect.stringContaining('<'));
      expect(row[5]).toBe(q.level);
      // Source cites the question's page in guide.pdf, as the cards do.
      expect(row[6]).toMatch(new RegExp(`^.+ · Q${q.number} · p\\. \\d+$`));
      expect(row[7].split(' ')).toEqual(expect.arrayContaining([slug, q.level, ...q.tags.map((t) => t.replace(/\s+/g, '-'))]));
    });
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it('quizlet.txt has one line per question, each exactly one tab', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const lines = (await read(path.join(bundledOut(), slug, 'quizlet.txt'))).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBe(allQuestions(deck).length);
    for (const line of lines) expect(line.split('\t').length).toBe(2);
    expect(lines.map((l) => untypeset(l.split('\t')[0]))).toEqual(allQuestions(deck).map((q) => q.text.replace(/\s+/g, ' ').trim()));
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

  it('keeps every Anki note on one line with exactly eight columns', () => {
    const { rows } = readAnki(ankiText(deck));
    expect(rows.map((r) => r.length)).toEqual([8, 8, 8]);
    expect(rows[0][2].startsWith('"')).toBe(false);
    // Lines inside code survive as <br>, a tab as a character reference.
    expect(rows[0][4]).toMatch(/line one<br>&#9;line two/);
    expect(rows[0][7]).toBe('awkward medium a-tag b');
  });

  it('keeps every Quizlet card on one line with one tab, line breaks as " / "', () => {
    const lines = quizletText(deck).split('\n').slice(0, -1);
    expect(lines.map((l) => l.split('\t').length)).toEqual([2, 2, 2]);
    expect(untypeset(lines[0])).toBe('"Quoted", with a comma?\tFirst line with a tab, and "quotes" on a second line.');
    const blocks = parseDeck('# D\n## S\n### Two\tparts?\n> One.\n>\n> - two\n> - three\n', { file: 'd.md', slug: 'd' });
    expect(quizletText(blocks)).toBe('Two parts?\tOne. / two / three\n');
  });

  it('gives Anki formulas as TeX, which it typesets itself', () => {
    const { rows } = readAnki(ankiText(deck));
    expect(rows[2][2]).toContain('\\(x^2\\)');
    expect(rows[2][2]).toContain('\\(x = 3\\)');
    expect(rows[2][2]).not.toContain('katex');
    // The span that keeps "$x = 3$," on one line in print is left out too.
    expect(rows[2][2]).toContain('\\(x = 3\\), and');
    expect(rows[2][2]).not.toContain('math-tied');
    // Still HTML: a < in TeX stays escaped so Anki does not read it as a tag.
    expect(rows[2][2]).toMatch(/\\\(a &(lt|#x3C|#60); b\\\)/);
  });

  it('writes RFC 4180 CSV that a parser reads back, formulas defused', () => {
    const records: string[][] = parse(cardsCsv(deck));
    expect(records.length).toBe(4);
    expect(records[1]).toEqual(['"Quoted", with a comma?', allQuestions(deck)[0].cardText, 'medium', 'a tag, b']);
    expect(records[1][1]).toContain('"quotes"');
    expect(parse(`${csvField('two\nlines, "quoted"')},x\r\n`)).toEqual([['two\nlines, "quoted"', 'x']]);
    expect(records[2][0].startsWith("'=")).toBe(true);
    expect(records[2][1].startsWith("'-cmd")).toBe(true);
    // A minus starts a formula whatever follows ("-3 degrees" read as one showed #NAME?); a number alone stays one.
    expect(csvField('-3 degrees')).toBe("'-3 degrees");
    expect(csvField('-3')).toBe('-3');
    expect(csvField(' padded ')).toBe('" padded "');
  });
});
