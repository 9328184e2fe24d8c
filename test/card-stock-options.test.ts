import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createProgram, optionsFromCommand } from '../src/cli/cli.js';
import { readConfigFile } from '../src/config/config.js';
import { StudyguideError } from '../src/errors.js';
import type { BuildOptions } from '../src/model/build-options.js';
import { parseLength, parseOffset } from '../src/model/lengths.js';
import { tempDir } from './helpers.js';

/** Parses a `studyguide build …` command line (with a config file in `cwd`) and returns the options. */
async function parsedBuild(args: string[], config?: object): Promise<BuildOptions> {
  const program = createProgram(() => {});
  let opts: BuildOptions | undefined;
  program.commands
    .find((c) => c.name() === 'build')!
    .action(async (paths: string[], _o: unknown, cmd) => {
      opts = (await optionsFromCommand(cmd, paths)).opts;
    });
  const extra: string[] = [];
  if (config) {
    const dir = await tempDir();
    const file = path.join(dir, 'studyguide.config.json');
    await writeFile(file, JSON.stringify(config, null, 2));
    extra.push('--config', file);
  }
  await program.parseAsync(['node', 'studyguide', ...extra, 'build', ...args]);
  return opts!;
}

/** The one-line message a bad command line gives. */
async function flagError(args: string[]): Promise<string> {
  try {
    await parsedBuild(args);
  } catch (err) {
    expect(err).toBeInstanceOf(StudyguideError);
    return (err as StudyguideError).format();
  }
  throw new Error('expected an error');
}

const MM = 72 / 25.4;

describe('lengths and offsets', () => {
  it('reads millimetres by default and mm, cm, in and pt with a unit', () => {
    expect(parseLength('3')).toBeCloseTo(3 * MM, 6);
    expect(parseLength('1.5mm')).toBeCloseTo(1.5 * MM, 6);
    expect(parseLength('-0.04in')).toBeCloseTo(-2.88, 6);
    expect(parseLength('0.3cm')).toBeCloseTo(3 * MM, 6);
    expect(parseLength('2pt')).toBe(2);
    expect(parseLength('.5 mm')).toBeCloseTo(0.5 * MM, 6);
    for (const bad of ['', 'mm', '1.5px', '1,5', 'one', '1e3']) expect(parseLength(bad), bad).toBeUndefined();
    expect(parseOffset('1.5mm,-0.04in')).toEqual({ x: expect.closeTo(1.5 * MM, 6), y: expect.closeTo(-2.88, 6) });
    expect(parseOffset('1')).toBeUndefined();
    expect(parseOffset('1,2,3')).toBeUndefined();
  });

  it('takes --offset and --back-offset with negative values and units, in points', async () => {
    const opts = await parsedBuild(['--offset', '-1,0.5', '--back-offset=0.02in,-2mm', '--gutter', '0']);
    expect(opts.offset).toEqual({ x: expect.closeTo(-MM, 6), y: expect.closeTo(0.5 * MM, 6) });
    expect(opts.backOffset).toEqual({ x: expect.closeTo(1.44, 6), y: expect.closeTo(-2 * MM, 6) });
    expect(opts.gutter).toBe(0);
  });

  it('reads the booklet creep as a length in points, and rejects a negative one', async () => {
    expect((await parsedBuild(['--creep', '0.2mm'])).creep).toBeCloseTo((0.2 * 72) / 25.4, 5);
    expect((await parsedBuild([])).creep).toBeUndefined();
    expect(await flagError(['--creep', '-1'])).toMatch(/^--creep must be a length from 0 to 1in/);
  });

  it('rejects a bad offset or gutter with one line naming the flag and the form it takes', async () => {
    expect(await flagError(['--offset', '1.5'])).toMatch(/^--offset must be two lengths X,Y.*\(got "1\.5"\)/);
    expect(await flagError(['--back-offset', '1px,2'])).toMatch(/^--back-offset must be two lengths X,Y.*\(got "1px,2"\)/);
    expect(await flagError(['--offset', '30mm,0'])).toMatch(/each within ±1in/);
    expect(await flagError(['--gutter', '-2mm'])).toMatch(/^--gutter must be a length from 0 to 1in.*\(got "-2mm"\)/);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'studyguide.config.json'), '{\n  "paper": "a4",\n  "offset": "left"\n}\n');
    const err = await readConfigFile(undefined, dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StudyguideError);
    expect((err as StudyguideError).format()).toMatch(/^studyguide\.config\.json:3: "offset" must be two lengths/);
  });
});

describe('--card-stock', () => {
  it('sets card size, paper and sheet layout from the preset', async () => {
    const opts = await parsedBuild(['--card-stock', 'avery-5388']);
    expect([opts.cardStock, opts.cardSize, opts.paper, opts.cardLayout]).toEqual(['avery-5388', 'index-3x5', 'letter', 'sheet']);
  });

  it('gives way to flags given with it, and a flag preset wins over the config file', async () => {
    const opts = await parsedBuild(['--card-stock', 'avery-5371', '--paper', 'a4']);
    expect([opts.cardSize, opts.paper, opts.cardLayout]).toEqual(['business', 'a4', 'sheet']);
    const fromConfig = await parsedBuild([], { cardStock: 'a6-on-a4', cardSize: 'a7' });
    expect([fromConfig.cardSize, fromConfig.paper, fromConfig.cardLayout]).toEqual(['a7', 'a4', 'sheet']);
    const flagWins = await parsedBuild(['--card-stock', 'avery-5389'], { cardSize: 'a7', paper: 'a4' });
    expect([flagWins.cardSize, flagWins.paper]).toEqual(['index-4x6', 'letter']);
  });

  it('names the presets when the name is wrong', async () => {
    const program = createProgram(() => {});
    program.commands.forEach((c) => c.exitOverride().configureOutput({ writeErr: () => {} }));
    await expect(program.parseAsync(['node', 'studyguide', 'build', '--card-stock', 'avery-9999'])).rejects.toThrow(/avery-5388.*avery-5371.*a7-on-a4/);
  });
});
