import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { workerExecArgv } from '../src/parse-thread/worker-exec-argv.js';
import path from 'node:path';
import { build, check, loadConfig, parseDeck, StudyguideError } from '../src/index.js';
import { tempDir } from './helpers.js';
import { parseInPlace } from './parse-in-place.js';

/** The error a promise rejects with. */
const rejection = (p: Promise<unknown>): Promise<StudyguideError> =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as StudyguideError,
  );

describe('the API without a browser', () => {
  // About what the API answers, not the parser's thread (the test below and test/faults/parse-limits
  // cover that): decks parse in this process, with no thread started to load the markdown stack again.
  parseInPlace();
  it('parses deck text into the model, and reports a bad deck at its line', async () => {
    const deck = await parseDeck('# Net\n\n## Basics\n\n### What is DNS?\n\nLevel: easy · Tags: dns\n\n> Names to addresses.\n', { file: 'decks/net.md' });
    expect(deck.slug).toBe('net');
    expect(deck.sections[0].questions[0]).toMatchObject({ text: 'What is DNS?', level: 'easy', tags: ['dns'] });
    const error = await rejection(parseDeck('---\ntitle: x\n# no closing line\n', { file: 'bad.md' }));
    expect(error).toBeInstanceOf(StudyguideError);
    expect(error.format()).toMatch(/^bad\.md:1: front matter is not closed/);
  });

  it('validates options by key before doing anything', async () => {
    const error = await rejection(build({ paper: 'A5' as never, paths: ['nowhere'] }));
    expect(error.format()).toBe('"paper" must be one of a4, letter (got "A5") — fix the value of "paper"');
    expect((await rejection(build({ colour: 'red' } as never))).message).toBe('unknown key "colour"');
  });

  it('rejects a missing path and an already aborted signal with typed errors', async () => {
    const missing = await rejection(build({ paths: ['no/such/deck.md'], config: false }));
    expect({ code: missing.code, file: missing.file }).toEqual({ code: 'input', file: 'no/such/deck.md' });
    const aborted = await rejection(build({ signal: AbortSignal.abort() }));
    expect(aborted.code).toBe('aborted');
  });

  it('checks decks and reads the config like the CLI', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), '# A\n\n## S\n\n### Same?\n\n> x\n\n### Same?\n\n> y\n');
    await writeFile(path.join(dir, 'studyguide.config.json'), '{ "paper": "letter" }');
    const result = await check({ paths: [dir], config: false });
    expect(result.findings.map((f) => f.code)).toContain('duplicate-question');
    expect((await loadConfig({ cwd: dir })).values).toEqual({ paper: 'letter' });
    expect(await loadConfig({ cwd: dir, config: false })).toEqual({ values: {} });
  });
});

describe('the API from `node --input-type=module -e`', () => {
  it('parses decks on its thread: a flag workers refuse is not passed on to them', async () => {
    const dir = await tempDir();
    const deck = path.join(dir, 'deck.md');
    await writeFile(deck, '# T\n\n## S\n\n### What is it?\n\n> A card.\n\nAn answer.\n');
    const script = `const { build } = await import(${JSON.stringify(path.resolve('dist/index.js'))});
      const r = await build({ paths: [${JSON.stringify(deck)}], outDir: ${JSON.stringify(path.join(dir, 'out'))}, outputs: ['csv'] });
      console.log(JSON.stringify(r.failed.map((f) => String(f.error))));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(workerExecArgv(['--input-type', 'module', '--enable-source-maps', '--input-type=commonjs'])).toEqual(['--enable-source-maps']);
  });

  // `node --max-old-space-size=4096 …/studyguide.js check big.md`, as one runs a large deck: V8 and
  // per-process flags made every parser thread refuse to start.
  it('starts its parser threads under V8 and per-process flags, which threads refuse', async () => {
    expect(workerExecArgv(['--max-old-space-size=4096', '--enable-source-maps', '--expose-gc', '--title=sg', '--conditions', 'dev'])).toEqual([
      '--enable-source-maps',
      '--conditions',
      'dev',
    ]);
    // A one-question deck: the flags are what the thread refuses, not the deck (a bundled deck of
    // 15 KB added its parse to the child's start for nothing).
    const deck = path.join(await tempDir(), 'deck.md');
    await writeFile(deck, '# T\n\n## S\n\n### What is it?\n\n> A card.\n\nAn answer.\n');
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', '--stack-size=2000', 'bin/studyguide.js', 'check', deck], { encoding: 'utf8' });
    expect(run.stderr).not.toContain('execArgv');
    expect(run.status, run.stderr).toBe(0);
  });
});
