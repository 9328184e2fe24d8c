import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { MAX_FIELD_CHARS } from '../../src/import/field-limit.js';
import { importRefusal } from './import-refusal.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDirSync } from '../temp-dir.js';

parseInPlace();

// A 2 MB answer in one cell cost 4–5 s of CPU to import, into a card of pages of one paragraph.
const work = tempDirSync('sg-field-limit-');
const long = 'the queue holds it '.repeat(Math.ceil((MAX_FIELD_CHARS + 1) / 19)).trim();
const refusal = (name: string, text: string): Promise<string> => importRefusal(work, name, text);
const said = `is ${long.length.toLocaleString('en-US')} characters long, over the 100,000 limit — shorten it, or split it over several questions`;

describe('a field longer than MAX_FIELD_CHARS is refused at import, at its line', () => {
  it('a CSV cell, by its column name', async () => {
    expect(await refusal('long.csv', `Question,Answer\nWhat is A?,Fine.\nWhat is B?,"${long}"\n`)).toMatch(new RegExp(`long\\.csv:3: row 3's Answer ${said}$`));
  });

  it("a cell of Anki's notes export, below its header lines", async () => {
    expect(await refusal('notes.txt', `#separator:tab\n#html:true\nWhat is B?\t${long}\n`)).toMatch(new RegExp(`notes\\.txt:3: row 3's answer ${said}$`));
  });

  it('a JSON field, by its entry', async () => {
    const text = JSON.stringify([
      { question: 'What is A?', answer: 'Fine.' },
      { question: 'What is B?', tips: [long] },
    ]);
    expect(await refusal('long.json', text)).toMatch(new RegExp(`long\\.json:1: entry 2's "tips" field ${said}$`));
  });

  it('a YAML field, at its record', async () => {
    expect(await refusal('long.yaml', `- question: What is A?\n  answer: Fine.\n- question: What is B?\n  answer: ${long}\n`)).toMatch(
      new RegExp(`long\\.yaml:3: the record's "answer" field ${said}$`),
    );
  });

  it('a field at the limit is read', async () => {
    const file = path.join(work, 'edge.csv');
    writeFileSync(file, `What is B?,"${'a b '.repeat(MAX_FIELD_CHARS / 4)}"\n`);
    expect((await importBank(file)).summary).toContain('1 question');
  });
});
