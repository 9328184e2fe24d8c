import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readIdList } from '../../src/content/id-list.js';
import { buildFingerprint } from '../../src/cache/cache-inputs.js';
import { readConfigFile, resolveOptions } from '../../src/config/config.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

// Files and folders named by options are read as decks are: a FIFO never blocks, a file is no folder.

const failure = (promise: Promise<unknown>) => promise.then(() => undefined).catch((err: unknown) => err);

describe('files named by options', () => {
  it('a FIFO as --only-ids is refused at once (the cache key read it and the build hung)', async () => {
    const dir = await tempDir('studyguide-optfiles-');
    const fifo = path.join(dir, 'ids');
    execFileSync('mkfifo', [fifo]);
    expect(await buildFingerprint({ onlyIds: fifo }, [])).toMatch(/^[0-9a-f]{64}$/);
    const error = await failure(readIdList(fifo));
    expect((error as StudyguideError).format()).toBe(
      `${fifo}: cannot read the --only-ids file: it is a named pipe (FIFO), not a regular file — give a file with one question Id or guid a line, or an Anki notes export with its guid column`,
    );
  });

  it('a binary --only-ids file is refused at the line of its first NUL byte (its bytes were read as ids)', async () => {
    const dir = await tempDir('studyguide-optfiles-');
    const file = path.join(dir, 'ids.bin');
    await writeFile(file, Buffer.from('sg-1\nsg-2\n\u0000\u0001\u0002'));
    expect(((await failure(readIdList(file))) as StudyguideError).format()).toMatch(
      new RegExp(`^${file}:3: the --only-ids file is not text \\(it contains NUL bytes\\) — `),
    );
  });

  it('a file given as --theme, --templates or --styles is refused (ours were used without a word)', async () => {
    const dir = await tempDir('studyguide-optfiles-');
    const file = path.join(dir, 'theme.css');
    await writeFile(file, 'body {}');
    expect(() => resolveOptions([], {}, { theme: file })).toThrow(`theme must be a folder, and ${file} is a file`);
    expect(() => resolveOptions([], { styles: file }, {})).toThrow(/^styles must be a folder/);
  });
});

describe('config files that are not regular files', () => {
  it('a FIFO found by the search or named by --config is refused at once (it hung the build), a folder by name (it said EISDIR)', async () => {
    const dir = await tempDir('studyguide-optfiles-');
    await writeFile(path.join(dir, 'package.json'), '{ "name": "x" }');
    execFileSync('mkfifo', [path.join(dir, 'studyguide.config.json')]);
    expect(((await failure(readConfigFile(undefined, dir))) as StudyguideError).format()).toBe(
      'studyguide.config.json: config file is a named pipe (FIFO), not a regular file — give a config file with --config, or --no-config to read none',
    );
    expect(((await failure(readConfigFile('studyguide.config.json', dir))) as StudyguideError).message).toBe(
      'config file is a named pipe (FIFO), not a regular file',
    );
    expect(((await failure(readConfigFile('.', dir))) as StudyguideError).message).toBe('config file is a folder, not a regular file');
  });
});
