import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { outputPath, writeOutputs } from '../../src/output.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

// What a careless user leaves in out/ where an output goes: never deleted, always said.

const failure = (promise: Promise<unknown>) => promise.then(() => undefined).catch((err: unknown) => err);

describe('out/ holding something else where an output goes', () => {
  it('a folder named as an output file is kept with what it holds; the build fails naming it', async () => {
    const out = await tempDir('studyguide-clash-');
    const dir = path.join(out, 'deck');
    await mkdir(path.join(dir, 'guide.pdf'), { recursive: true });
    await writeFile(path.join(dir, 'guide.pdf', 'mine.txt'), 'mine');
    await writeFile(path.join(dir, 'guide.html'), 'old guide.html');
    const error = await failure(writeOutputs(['guide.html', 'guide.pdf'].map((name) => ({ path: path.join(dir, name), data: `new ${name}` }))));
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toBe(
      `${path.join(dir, 'guide.pdf')}: is a folder where the deck's output file guide.pdf goes — move or rename that folder, then build again (the earlier outputs were kept)`,
    );
    expect(readFileSync(path.join(dir, 'guide.pdf', 'mine.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(dir, 'guide.html'), 'utf8')).toBe('old guide.html');
    expect(await readdir(out)).toEqual(['deck']);
  });

  it("a file named as the deck's folder is kept; the build fails naming it", async () => {
    const out = await tempDir('studyguide-clash-');
    await writeFile(path.join(out, 'deck'), 'my notes');
    const error = await failure(writeOutputs([{ path: path.join(out, 'deck', 'guide.pdf'), data: 'new' }]));
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toBe(
      `${path.join(out, 'deck')}: is a file where the folder of deck "deck" goes — move or rename that file, or choose another --out`,
    );
    expect(readFileSync(path.join(out, 'deck'), 'utf8')).toBe('my notes');
    expect(readdirSync(out)).toEqual(['deck']);
  });
});

describe('output paths', () => {
  it('stay inside an output folder at the root of the file system', () => {
    expect(outputPath('/', 'deck', 'guide.pdf')).toBe(path.join('/', 'deck', 'guide.pdf'));
  });

  it('never leave the output folder', () => {
    expect(() => outputPath('/tmp/out', '..', 'guide.pdf')).toThrow(/escapes the output folder/);
    expect(() => outputPath('/tmp/out', '../out2', 'guide.pdf')).toThrow(/escapes the output folder/);
  });
});
