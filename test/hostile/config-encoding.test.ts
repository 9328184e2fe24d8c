import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfigFile } from '../../src/config/config.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

const failure = (promise: Promise<unknown>) => promise.then(() => undefined).catch((err: unknown) => err);

// A config file saved in Latin-1 was read with its bad bytes as U+FFFD: `"fonts": ["Café Sans"]`
// asked for a family no one has, without a word. Saved as UTF-16, the error quoted its raw bytes.
describe('a config file that is not UTF-8', () => {
  it('names the line of the first byte that is not UTF-8', async () => {
    const dir = await tempDir('studyguide-config-encoding-');
    writeFileSync(
      path.join(dir, 'studyguide.config.yaml'),
      Buffer.concat([Buffer.from('paper: letter\nfonts:\n  - Caf'), Buffer.from([0xe9]), Buffer.from(' Sans\n')]),
    );
    expect(((await failure(readConfigFile(undefined, dir))) as StudyguideError).format()).toBe(
      'studyguide.config.yaml:3: config file is not valid UTF-8 text — save it as UTF-8',
    );
  });

  it('says UTF-16 for a file saved so, at line 1', async () => {
    const dir = await tempDir('studyguide-config-encoding-');
    writeFileSync(path.join(dir, 'studyguide.config.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "paper": "letter" }', 'utf16le')]));
    expect(((await failure(readConfigFile(undefined, dir))) as StudyguideError).format()).toBe(
      'studyguide.config.json:1: config file is saved as UTF-16 text — save it as UTF-8',
    );
  });

  it('reads UTF-8 with or without its byte-order mark', async () => {
    const dir = await tempDir('studyguide-config-encoding-');
    writeFileSync(path.join(dir, 'studyguide.config.json'), '\uFEFF{ "fonts": ["Café Sans"] }');
    expect((await readConfigFile(undefined, dir)).values.fonts).toEqual(['Café Sans']);
  });
});
