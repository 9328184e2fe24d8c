import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';
import { importRefusal } from './import-refusal.js';

// build refuses a paragraph of thousands of link brackets in a second; import parsed it anyway
// (500 KB of them: over 40 s of CPU, still running after two minutes).
describe('a markdown bank whose parse would cost the square of its size', () => {
  it('is refused by import at its line, as build refuses it', { timeout: 30_000 }, async () => {
    const dir = await tempDir('studyguide-import-costly-');
    const file = path.join(dir, 'bank.md');
    writeFileSync(file, `# Bank\n\n## Basics\n\n### What is it?\n\n${'see [this] '.repeat(3_000)}\n`);
    const caught = await importBank(file).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(caught).toBeInstanceOf(StudyguideError);
    expect((caught as StudyguideError).format()).toMatch(/^.*bank\.md:7: paragraph holds more than 2000 \[ brackets — /);
  });
});

// A CSV, JSON or YAML bank's fields went to the parser unchecked: a CSV answer of 500 KB of
// `[a](b)` links cost over 40 s of CPU.
describe('a field of a CSV, JSON or YAML bank whose parse would cost the square of its size', () => {
  const links = '[a](b) '.repeat(3_000);
  const refusal = async (name: string, text: string): Promise<string> => importRefusal(await tempDir('studyguide-import-costly-'), name, text);

  it('is refused at its row of a CSV', { timeout: 30_000 }, async () => {
    expect(await refusal('bank.csv', `question,answer\nWhat is A?,Fine.\nWhat is B?,"${links}"\n`)).toMatch(
      /bank\.csv:3: paragraph holds more than 2000 \[ brackets — /,
    );
  });

  it('is refused at its record of a YAML list', { timeout: 30_000 }, async () => {
    expect(await refusal('bank.yaml', `- question: What is A?\n  answer: Fine.\n- question: What is B?\n  answer: "${links}"\n`)).toMatch(
      /bank\.yaml:3: paragraph holds more than 2000 \[ brackets — /,
    );
  });

  it('is refused naming its entry of a JSON list', { timeout: 30_000 }, async () => {
    const text = JSON.stringify([
      { question: 'What is A?', answer: 'Fine.' },
      { question: 'What is B?', answer: links },
    ]);
    expect(await refusal('bank.json', text)).toMatch(/bank\.json:1: entry 2: paragraph holds more than 2000 \[ brackets — /);
  });
});
