import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfigFile } from '../../src/config/config.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';
import { syntaxErrorLine } from '../../src/config/module-syntax-line.js';

describe('a config module that throws while it loads', () => {
  it('names the line that threw (it named the file only)', async () => {
    const dir = await tempDir('studyguide-config-module-');
    await writeFile(path.join(dir, 'studyguide.config.mjs'), 'const paper = "letter";\n\nthrow new Error("no network here");\nexport default { paper };\n');
    const error = await readConfigFile(undefined, dir).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toBe(
      'studyguide.config.mjs:3: config file could not be loaded (no network here) — export the options object as the default export: export default { paper: "letter" }',
    );
  });

  it('names the line of a syntax error (import() reports none)', async () => {
    const dir = await tempDir('studyguide-config-module-');
    await writeFile(path.join(dir, 'studyguide.config.mjs'), 'export default {\n  paper: "a4",\n  cardSize: ,\n};\n');
    const error = await readConfigFile(undefined, dir).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toMatch(/^studyguide\.config\.mjs:3: config file could not be loaded \(/);
  });

  it('finds that line as Node itself does, outside the test runner (whose import names it anyway)', async () => {
    const dir = await tempDir('studyguide-config-module-');
    const bad = path.join(dir, 'bad.mjs');
    const good = path.join(dir, 'good.mjs');
    await writeFile(bad, 'export default {\n  paper: "a4",\n  cardSize: ,\n};\n');
    await writeFile(good, 'export default { paper: "a4" };\n');
    expect(syntaxErrorLine(bad)).toBe(3);
    expect(syntaxErrorLine(good)).toBeUndefined();
  });

  it('a default export that is a promise, a Map or a class instance is refused at line 1 (it was read as no options, without a word)', async () => {
    const cases: [string, RegExp][] = [
      ['export default Promise.resolve({ paper: "letter" });\n', /config file's default export is a promise/],
      ['export default new Map([["paper", "letter"]]);\n', /config file must hold one object of options/],
      ['class Options { paper = "letter"; }\nexport default new Options();\n', /config file must hold one object of options/],
    ];
    for (const [text, message] of cases) {
      const dir = await tempDir('studyguide-config-module-');
      await writeFile(path.join(dir, 'studyguide.config.mjs'), text);
      const error = await readConfigFile(undefined, dir).catch((err: unknown) => err);
      expect(error, text).toBeInstanceOf(StudyguideError);
      expect((error as StudyguideError).format(), text).toMatch(new RegExp(`^studyguide\\.config\\.mjs:1: ${message.source}`));
    }
  });

  it('a plain object, or one with no prototype, is read as before', async () => {
    const dir = await tempDir('studyguide-config-module-');
    await writeFile(path.join(dir, 'studyguide.config.mjs'), 'export default Object.assign(Object.create(null), { paper: "letter" });\n');
    expect((await readConfigFile(undefined, dir)).values).toEqual({ paper: 'letter' });
  });

  it('a getter or Proxy in the options that throws names the file and its line (the build said only "error: boom")', async () => {
    const cases: [string, string][] = [
      ['export default {\n  paper: "a4",\n  get cardSize() { throw new Error("boom"); },\n};\n', 'studyguide.config.mjs:3:'],
      ['export default { paper: "a4", labels: { get levels() { throw new Error("boom"); } } };\n', 'studyguide.config.mjs:1:'],
      ['export default new Proxy({}, {\n  ownKeys() { throw new Error("boom"); },\n});\n', 'studyguide.config.mjs:2:'],
      ['export default { get then() { throw new Error("boom"); } };\n', 'studyguide.config.mjs:1:'],
    ];
    for (const [text, at] of cases) {
      const dir = await tempDir('studyguide-config-module-');
      await writeFile(path.join(dir, 'studyguide.config.mjs'), text);
      const error = await readConfigFile(undefined, dir).catch((err: unknown) => err);
      expect(error, text).toBeInstanceOf(StudyguideError);
      expect((error as StudyguideError).format(), text).toBe(
        `${at} config file threw while its options were read (boom) — give the options as plain values, not getters or a Proxy: export default { paper: "letter" }`,
      );
    }
  });
});
