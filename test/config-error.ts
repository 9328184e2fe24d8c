import { expect } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfigFile } from '../src/config/config.js';
import { StudyguideError } from '../src/errors.js';
import { tempDir } from './helpers.js';

/** Writes a config file `name` holding `text` in a new folder and returns the one-line error reading it gives. */
export async function configError(text: string, name = 'studyguide.config.json'): Promise<string> {
  const dir = await tempDir('studyguide-config-');
  await writeFile(path.join(dir, name), text);
  try {
    await readConfigFile(undefined, dir);
  } catch (err) {
    expect(err).toBeInstanceOf(StudyguideError);
    return (err as StudyguideError).format();
  }
  throw new Error('expected an error');
}
