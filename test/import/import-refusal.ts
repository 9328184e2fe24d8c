import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { importBank } from '../../src/import/import-bank.js';
import { StudyguideError } from '../../src/errors.js';

/** The one-line message import refuses a bank with, written as `name` in `dir`; fails the test when it is not refused. */
export async function importRefusal(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const caught = await importBank(file).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(caught).toBeInstanceOf(StudyguideError);
  return (caught as StudyguideError).format();
}
