import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

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
