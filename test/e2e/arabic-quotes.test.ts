import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { buildDeckText, pdfText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfToolOutput } from '../pdf-tool-output.js';
import { outlineOf } from './guide-reading.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'arabic-quotes', 'deck.md');

/** Each line of a PDF as it reads left to right on the page, spaces included (mutool's structured text). */
function visualLines(file: string): string[] {
  const lines = new Map<string, { x: number; c: string }[]>();
  let page = 0;
  for (const m of pdfToolOutput('mutool', ['draw', '-F', 'stext', '-o', '-'], file).matchAll(
    /<page |<char quad="([\d.-]+) [^"]*" x="[\d.-]+" y="([\d.-]+)"[^>]* c="([^"]*)"/g,
  )) {
    if (!m[1]) {
      page++;
      continue;
    }
    const key = `${page}:${m[2]}`;
    const c = m[3]
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    lines.set(key, [...(lines.get(key) ?? []), { x: Number(m[1]), c }]);
  }
  return [...lines.values()].map((chars) =>
    chars
      .sort((a, b) => a.x - b.x)
      .map((ch) => ch.c)
      .join(''),
  );
}

let titles: string[] = [];
let text = '';
let lines: string[] = [];
let html = '';
beforeAll(async () => {
  const out = await buildDeckText('qawaid', await readFile(FIXTURE, 'utf8'), ['guide']);
  const file = path.join(out, 'guide.pdf');
  titles = (await outlineOf(file)).map((e) => e.title);
  text = pdfText(file);
  lines = visualLines(file);
  html = await readFile(path.join(out, 'guide.html'), 'utf8');
}, 120_000);

describe('an Arabic guide', () => {
  it('sets a colon tight against the Arabic word before it, also after bold', () => {
    // Right to left, the word before a colon stands on its right: "الجواب :" read ": بواجلا" on the page.
    const spaced = lines.filter((line) => /: (?=\p{Script=Arabic})/u.test(line));
    expect(spaced).toEqual([]);
    // "باختصار:" (the card answer's label), "الجواب:" and "المصدر:" all print, tight.
    expect(lines.join('\n').match(/:(?=\p{Script=Arabic})/gu)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('quotes Arabic text with guillemets, opening with «, and leaves English text and code alone', () => {
    expect(titles).toContain('س1 ما معنى «المفتاح الأساسي»؟');
    expect(text).toContain('«تكرار»');
    // The question in the contents and over its answer, and three words in its paragraph.
    expect(text.match(/«/g)?.length ?? 0).toBe(5);
    expect(text.match(/»/g)?.length ?? 0).toBe(5);
    // Glued to its article (بال"join"), the opening mark still opens: the two point outwards on the page.
    expect(lines.join('\n')).toContain('«join»');
    const arabicLines = text.split('\n').filter((line) => /\p{Script=Arabic}/u.test(line) && !/primary key/.test(line));
    expect(arabicLines.filter((line) => /[“”]/.test(line))).toEqual([]);
    expect(text).toContain('“primary key”');
    expect(lines.join('\n')).toContain('SELECT "name"');
  });

  it('sets single quotes in an Arabic sentence as ‹…›, glued to a prefix too, and keeps an English apostrophe', () => {
    // pdftotext parts an Arabic word where its shaped letters join ("ن سخ ة"): read with the spaces out.
    expect(text.replace(/[\s\u202a-\u202e]/g, '')).toContain('‹نسخة›');
    // بال'index': the opening mark glued to its prefix still opens; on the page the two point outwards.
    expect(lines.join('\n')).toContain('‹index›');
    expect(text).toContain('it’s');
    const arabicLines = text.split('\n').filter((line) => /\p{Script=Arabic}/u.test(line));
    expect(arabicLines.filter((line) => /‘/.test(line))).toEqual([]);
  });

  it('prints a flag emoji as its two letters, never a box of the emoji face', () => {
    expect(text).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
    expect(text).toMatch(/SA EG FR/);
    // A pair that names no country (the face drew a box with a question mark).
    expect(text).toMatch(/\bAA\b/);
    // The written page too, which a browser shows with the same face.
    expect(html).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
    expect(html).toMatch(/SA EG FR/);
  });
});
