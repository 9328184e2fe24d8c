import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { flagValues, optionsForDeck, readConfigFile, resolveOptions } from '../src/config/config.js';
import { configKeys } from '../src/model/option-schema.js';
import { readFileSync } from 'node:fs';
import { createProgram, optionsFromCommand } from '../src/cli/cli.js';
import { loadDeck } from '../src/content/load-deck.js';
import { StudyguideError } from '../src/errors.js';
import type { BuildOptions } from '../src/model/build-options.js';
import { tempDir } from './helpers.js';
import { configError } from './config-error.js';

const fixture = 'test/fixtures/config-precedence';
const configFile = path.join(fixture, 'studyguide.config.json');

/** Parses a `studyguide build …` command line and returns the options it resolves to. */
async function parsedBuild(args: string[]): Promise<BuildOptions> {
  const program = createProgram(() => {});
  let opts: BuildOptions | undefined;
  program.commands
    .find((c) => c.name() === 'build')!
    .action(async (paths: string[], _o: unknown, cmd) => {
      opts = (await optionsFromCommand(cmd, paths)).opts;
    });
  await program.parseAsync(['node', 'studyguide', ...args]);
  return opts!;
}

describe('config file validation', () => {
  it('names an unknown key, its line and the allowed keys', async () => {
    const message = await configError('{\n  "paper": "a4",\n  "papr": "letter"\n}\n');
    expect(message).toMatch(/studyguide\.config\.json:3: unknown key "papr" — did you mean "paper"\? allowed keys: outDir, paper, cardSize, .*labels/);
  });

  it('names a bad value with the allowed values', async () => {
    const message = await configError('{ "cardSize": "huge" }');
    expect(message).toContain('studyguide.config.json:1: "cardSize" must be one of index-3x5, index-4x6, a6, a7, business, business-85x54 (got "huge")');
  });

  it('checks each entry of a list and the type of every value', async () => {
    expect(await configError('{ "level": ["easy", "expert"] }')).toContain('"level" must be a list of easy, medium, hard (got "expert" in the list)');
    expect(await configError('{ "shuffle": "yes" }')).toContain('"shuffle" must be true or false (got "yes")');
    expect(await configError('{ "seed": 1.5 }')).toContain('"seed" must be a whole number (got 1.5)');
  });

  it('checks label overrides against the label names', async () => {
    expect(await configError('{ "labels": { "contnts": "Inhalt" } }')).toMatch(
      /unknown key "labels.contnts" — did you mean "contents"\? allowed keys: studyGuide, contents/,
    );
    expect(await configError('{ "labels": { "levels": { "simple": "x" } } }')).toContain(
      'unknown key "labels.levels.simple" — allowed keys: easy, medium, hard',
    );
  });

  it('reports broken JSON at its line, and a --config file that does not exist', async () => {
    expect(await configError('{\n  "paper": "a4",\n  "cardSize" "a6"\n}')).toMatch(/studyguide\.config\.json:3: config file is not valid JSON/);
    await expect(readConfigFile('no/such/config.json')).rejects.toThrow(/config file not found: no\/such\/config\.json/);
  });

  it('names the line of an output or a folder the config names and that does not exist', async () => {
    expect(await configError('{\n  "paper": "a4",\n  "outputs": "guide, cardz"\n}\n')).toBe(
      'studyguide.config.json:3: "outputs" must be a list of guide, cheatsheet, cards, quiz, anki, csv, apkg, quizlet (got "cardz" in the list) — fix the value of "outputs"',
    );
    expect(await configError('{\n  "theme": "no-such-theme"\n}\n')).toMatch(/^studyguide\.config\.json:2: theme folder not found: .*no-such-theme — /);
  });

  it('names the line of a bad value in a module config file', async () => {
    expect(await configError('export default {\n  paper: "a4",\n  fonts: [1, 2],\n};\n', 'studyguide.config.mjs')).toBe(
      'studyguide.config.mjs:3: "fonts" must be a list of words (got 1 in the list) — fix the value of "fonts"',
    );
  });

  it('names an unknown key made of regular-expression marks at its line', async () => {
    expect(await configError('{\n  "paper": "a4",\n  "(": 1\n}\n')).toMatch(/^studyguide\.config\.json:3: unknown key "\("/);
    expect(await configError('export default {\n  paper: "a4",\n  "a+(": 1,\n};\n', 'studyguide.config.mjs')).toMatch(
      /^studyguide\.config\.mjs:3: unknown key "a\+\("/,
    );
    expect(await configError('paper: a4\n"[x": 1\n', 'studyguide.config.yaml')).toMatch(/^studyguide\.config\.yaml:2: unknown key "\[x"/);
  });

  it('uses no config file when none is there', async () => {
    expect(await readConfigFile(undefined, await tempDir())).toEqual({ values: {} });
  });

  it('names the flag for a bad command-line value', () => {
    expect(() => flagValues({ seed: 'abc' })).toThrow('--seed must be a whole number (got "abc")');
    expect(() => flagValues({ level: 'easy,expert' })).toThrow('--level must be a list of easy, medium, hard (got "expert" in the list)');
    // It said "(got [])".
    for (const outputs of ['', ',', ' , '])
      expect(() => flagValues({ outputs })).toThrow('--outputs must be a list of guide, cheatsheet, cards, quiz, anki, csv, apkg, quizlet (got an empty list)');
  });

  it('names the front matter key and its line for a bad value in a deck', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'deck.md');
    await writeFile(file, '---\ntitle: T\npaper: tabloid\n---\n\n## S\n\n### Q?\n\n> A.\n');
    const deck = await loadDeck(file);
    expect(() => optionsForDeck(resolveOptions([file], {}, {}), deck)).toThrow(/front matter "paper" must be one of a4, letter \(got "tabloid"\)/);
    try {
      optionsForDeck(resolveOptions([file], {}, {}), deck);
    } catch (err) {
      expect((err as StudyguideError).line).toBe(3);
    }
  });

  it("reads a blog post whose front matter names its site generator's layout (`layout: post`)", async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'post.md');
    await writeFile(file, '---\nlayout: post\ntitle: T\npaper: letter\n---\n\n## S\n\n### Q?\n\n> A.\n');
    const deck = await loadDeck(file);
    const opts = optionsForDeck(resolveOptions([file], {}, {}), deck);
    expect(opts.layout).toBe('auto');
    expect(opts.paper).toBe('letter');
  });
});

describe('option precedence: defaults < config file < front matter < flags', () => {
  it('takes the defaults, then the config file, then the flags actually typed', async () => {
    const plain = await parsedBuild(['build', 'x.md']);
    expect(plain.paper).toBe('a4');
    expect(plain.cardSize).toBe('index-3x5');

    const configured = await parsedBuild(['--config', configFile, 'build', 'x.md']);
    expect(configured.paper).toBe('letter');
    expect(configured.cardSize).toBe('a6');
    expect(configured.level).toEqual(['easy', 'medium']);
    expect(configured.flagKeys).toEqual([]);

    const flagged = await parsedBuild(['--config', configFile, 'build', 'x.md', '--paper', 'a4', '--level', 'hard', '--seed', '7']);
    expect(flagged.paper).toBe('a4');
    expect(flagged.level).toEqual(['hard']);
    expect(flagged.seed).toBe(7);
    expect(flagged.cardSize).toBe('a6'); // a flag's default never overrides the config file
    expect(flagged.flagKeys?.sort()).toEqual(['level', 'paper', 'seed']);
  });

  it('lets deck front matter override the config file but not a flag', async () => {
    const deck = await loadDeck(path.join(fixture, 'deck.md'));
    const config = (await readConfigFile(configFile)).values;
    const fromConfig = optionsForDeck(resolveOptions([], config, {}), deck);
    expect(fromConfig.cardSize).toBe('a7');
    expect(fromConfig.paper).toBe('letter');
    expect(fromConfig.quiz).toBe(true);
    // Labels merge key by key: the config's and the deck's both apply.
    expect(fromConfig.labels).toEqual({ contents: 'Overview', inShort: 'TL;DR:', levels: { hard: 'tough' } });

    const fromFlag = optionsForDeck(resolveOptions([], config, flagValues({ cardSize: 'business' })), deck);
    expect(fromFlag.cardSize).toBe('business');
  });

  it('resolves outDir in a config file against the config file’s folder', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'studyguide.config.json'), '{ "outDir": "printed" }');
    expect((await readConfigFile(undefined, dir)).values.outDir).toBe(path.join(dir, 'printed'));
  });
});

describe('README', () => {
  it('documents every config key', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Configuration'));
    for (const key of configKeys()) expect(section, key).toContain(`| \`${key}\` |`);
  });
});
