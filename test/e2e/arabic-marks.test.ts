import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { buildDeckText, pdfText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { outlineOf } from './guide-reading.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'arabic-marks', 'deck.md');

let titles: string[] = [];
let text = '';
beforeAll(async () => {
  const out = await buildDeckText('shabakat', await readFile(FIXTURE, 'utf8'), ['guide']);
  const file = path.join(out, 'guide.pdf');
  titles = (await outlineOf(file)).map((e) => e.title);
  text = pdfText(file);
}, 120_000);

describe('an Arabic guide typed on a Latin keyboard', () => {
  it('ends its questions on the Arabic question mark, tight against the word', () => {
    // "الموجه?" and "والإطار ؟" in one bank: both print "…؟".
    expect(titles).toContain('س1 ما وظيفة الموجه؟');
    expect(titles).toContain('س2 ما الفرق بين الحزمة والإطار؟');
  });

  it('sets the Arabic comma and semicolon between Arabic words, also after code', () => {
    // Three commas (one after `ping`) and two semicolons, none left Latin; the number 1,5 keeps its comma.
    expect(text.match(/،/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(text.match(/؛/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/;/);
    expect(text).toContain('1,5');
    expect(text.replace(/1,5/g, '')).not.toMatch(/,/);
    expect(text).not.toMatch(/\?/);
  });
});
