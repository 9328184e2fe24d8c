import { describe, expect, it } from 'vitest';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfigFile } from '../src/config/config.js';
import { projectRoot } from '../src/config/config-files.js';
import { StudyguideError } from '../src/errors.js';
import { runCli } from './cli-run.js';
import { tempDir } from './helpers.js';
import { parseInPlace } from './parse-in-place.js';

// Its builds and checks parse in this process, whose markdown stack is loaded, not on a thread that
// loads it again (about a second each); the thread: test/e2e/faults/parse-limits, test/api.
parseInPlace();

/** A project: package.json at the root, the working folder two levels below. */
async function project(files: Record<string, string>): Promise<{ root: string; cwd: string }> {
  const root = await tempDir();
  const cwd = path.join(root, 'decks', 'week1');
  await mkdir(cwd, { recursive: true });
  for (const [name, text] of Object.entries({ 'package.json': '{ "name": "my-notes" }', ...files })) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return { root, cwd };
}

/** The error reading the config from `cwd` gives. */
async function configError(cwd: string): Promise<StudyguideError> {
  const error = await readConfigFile(undefined, cwd).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StudyguideError);
  return error as StudyguideError;
}

describe('config file search', () => {
  it('finds a config file in a folder above, up to the project root', async () => {
    const { root, cwd } = await project({ 'studyguide.config.json': '{ "paper": "letter" }' });
    expect(projectRoot(cwd)).toBe(root);
    const config = await readConfigFile(undefined, cwd);
    expect(config.values.paper).toBe('letter');
    expect(config.file).toBe(path.join('..', '..', 'studyguide.config.json'));
  });

  it('reads YAML, a JavaScript module and package.json\'s "studyguide" key', async () => {
    const yaml = await project({ 'decks/studyguide.config.yaml': 'paper: letter\ncardSize: a6\n' });
    expect((await readConfigFile(undefined, yaml.cwd)).values).toEqual({ paper: 'letter', cardSize: 'a6' });
    const mjs = await project({ 'studyguide.config.mjs': 'export default { quiz: true };\n' });
    expect((await readConfigFile(undefined, mjs.cwd)).values).toEqual({ quiz: true });
    const pkg = await project({ 'package.json': '{ "name": "x", "studyguide": { "booklet": true } }' });
    expect((await readConfigFile(undefined, pkg.cwd)).values).toEqual({ booklet: true });
  });

  it('takes the nearest config, and a dedicated file before package.json in one folder', async () => {
    const { cwd } = await project({ 'studyguide.config.json': '{ "paper": "letter" }', 'decks/week1/studyguide.config.yml': 'paper: a4\n' });
    expect((await readConfigFile(undefined, cwd)).values.paper).toBe('a4');
    const both = await project({ 'package.json': '{ "studyguide": { "paper": "a4" } }', 'studyguide.config.json': '{ "paper": "letter" }' });
    expect((await readConfigFile(undefined, both.cwd)).values.paper).toBe('letter');
  });

  it('never looks above the project root', async () => {
    const outer = await tempDir();
    await writeFile(path.join(outer, 'studyguide.config.json'), '{ "paper": "letter" }');
    const inner = path.join(outer, 'app');
    await mkdir(inner);
    await writeFile(path.join(inner, 'package.json'), '{}');
    expect(await readConfigFile(undefined, inner)).toEqual({ values: {} });
  });

  it('accepts $schema, and reads no file with search off (--no-config)', async () => {
    const { cwd } = await project({ 'studyguide.config.json': '{ "$schema": "./node_modules/studyguide/schema/studyguide.schema.json", "paper": "letter" }' });
    expect((await readConfigFile(undefined, cwd)).values).toEqual({ paper: 'letter' });
    expect(await readConfigFile(undefined, cwd, false)).toEqual({ values: {} });
  });

  it('names the line of a bad key in YAML and the trouble with a JS module', async () => {
    const yaml = await project({ 'studyguide.config.yaml': 'paper: letter\ncardsize: a6\n' });
    expect((await configError(yaml.cwd)).format()).toMatch(/studyguide\.config\.yaml:2: unknown key "cardsize" — did you mean "cardSize"\?/);
    const js = await project({ 'studyguide.config.mjs': 'export default {\n  papr: "a4" };\n' });
    expect((await configError(js.cwd)).format()).toMatch(/studyguide\.config\.mjs:2: unknown key "papr"/);
    const broken = await project({ 'studyguide.config.mjs': 'export default {' });
    expect((await configError(broken.cwd)).message).toMatch(/^config file could not be loaded/);
  });

  it('names a config file that is a broken link, instead of building without it or failing with ELOOP', async () => {
    // A dotfiles repository links studyguide.config.json in; on a machine without its target the
    // build went on with the defaults without a word, and a link to itself ended "ELOOP … --debug".
    const dangling = await project({});
    await symlink('../shared/studyguide.config.json', path.join(dangling.root, 'studyguide.config.json'));
    expect((await configError(dangling.cwd)).format()).toBe(
      `${path.join('..', '..', 'studyguide.config.json')}: config file is a symbolic link to ../shared/studyguide.config.json, which does not exist — point the link at a config file, or remove it`,
    );
    const looping = await project({});
    await symlink('studyguide.config.json', path.join(looping.root, 'studyguide.config.json'));
    expect((await configError(looping.cwd)).format()).toBe(
      `${path.join('..', '..', 'studyguide.config.json')}: config file is a symbolic link that loops back on itself — point the link at a config file, or remove it`,
    );
    const cwd = process.cwd();
    process.chdir(looping.cwd);
    try {
      // build hashes the config's path for its cache first: that read the link and failed with ELOOP.
      for (const command of ['check', 'build']) {
        const result = await runCli([command, 'missing.md'], { NO_COLOR: '1' });
        expect(result.stderr).toBe(
          `error: ${path.join('..', '..', 'studyguide.config.json')}: config file is a symbolic link that loops back on itself — point the link at a config file, or remove it\n`,
        );
        expect(result.code).toBe(1);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('names a key a JSON config gives twice, as a YAML one does (the later value was used without a word)', async () => {
    const { cwd } = await project({ 'studyguide.config.json': '{\n  "paper": "a4",\n  "quiz": true,\n  "paper": "letter"\n}\n' });
    expect((await configError(cwd)).format()).toBe(
      `${path.join('..', '..', 'studyguide.config.json')}:4: config file gives "paper" twice — keep one of the two`,
    );
    // package.json is the npm's to judge: only its "studyguide" key is read.
    const pkg = await project({ 'package.json': '{ "name": "a", "name": "b", "studyguide": { "paper": "letter" } }' });
    expect((await readConfigFile(undefined, pkg.cwd)).values).toEqual({ paper: 'letter' });
  });

  it('uses --no-config from the command line', async () => {
    const { root } = await project({ 'studyguide.config.json': '{ "paper": "nonsense" }' });
    const deck = path.join(root, 'deck.md');
    await writeFile(deck, '# Deck\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const withConfig = await runCli(['check', deck]);
      expect(withConfig.stderr).toContain('"paper" must be one of a4, letter');
      expect(withConfig.code).toBe(1);
      const without = await runCli(['--no-config', 'check', deck]);
      expect(without.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });
});
