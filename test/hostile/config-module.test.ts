import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfigFile } from '../../src/config/config.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

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
});
