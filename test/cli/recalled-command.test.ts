import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { start } from '../../src/cli/start.js';
import { recalledCommand } from '../../src/cache/command-record.js';
import { configInputs, pathsState } from '../../src/config/config-files.js';
import { CACHE_FILE } from '../../src/cache/cache-record.js';
import { tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// A build line run again starts from what it resolved to last time (src/cli/start.ts), without the
// command-line parser and option schema; these builds write no PDF, so no browser is needed.

const DECK = '# Net\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n\nIt maps names to addresses.\n';

/** Runs the entry bin/studyguide.js calls, in this process; what it printed, times blanked. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  const noColor = process.env.NO_COLOR;
  process.env.NO_COLOR = '1';
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    const code = await start(['node', 'studyguide', ...args]);
    const blank = (s: string[]) => s.join('').replace(/\d+(\.\d+)? s\b/g, 'N s');
    return { code, stdout: blank(out), stderr: blank(err) };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    if (noColor === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = noColor;
  }
}

/** A deck, a config file and an output folder in a new folder; `args` builds the deck's text outputs. */
async function project(config: Record<string, unknown> = {}) {
  const dir = await tempDir('studyguide-recall-');
  const deck = path.join(dir, 'net.md');
  const configFile = path.join(dir, 'studyguide.config.json');
  const out = path.join(dir, 'out');
  await writeFile(deck, DECK);
  await writeFile(configFile, JSON.stringify({ outputs: ['anki', 'csv'], ...config }));
  return { dir, deck, configFile, out, args: ['build', deck, '--config', configFile, '-o', out] };
}

// About what the command prints and reads, not the parser's thread: decks parse in place.
parseInPlace();
describe('a build command line run again', () => {
  it('answers from its record, printing exactly what the full command line prints', async () => {
    const p = await project();
    const first = await run(p.args);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('cards.csv');
    expect(await recalledCommand(p.args)).toBeDefined();
    const recalled = await run([...p.args]);
    // The same no-op through the parser: another spelling of the same line is not recalled.
    const spelled = [...p.args.slice(0, -2), `--out=${p.out}`];
    expect(await recalledCommand(spelled)).toBeUndefined();
    const parsed = await run(spelled);
    expect(recalled).toEqual(parsed);
    expect(recalled.stdout).toMatch(/cards\.csv .*unchanged/);
    // The line that ran last is the one recalled now, with --verbose's lines too.
    expect(await recalledCommand(spelled)).toBeDefined();
    const verbose = [...p.args, '--verbose'];
    expect(await run(verbose)).toEqual(await run(verbose));
    expect((await run(verbose)).stdout).toContain('config: ');
  });

  it('is not recalled once a config input changes, a folder it names is gone, or for other commands', async () => {
    const styles = await tempDir('studyguide-styles-');
    const p = await project({ styles });
    await run(p.args);
    expect(await recalledCommand(p.args)).toBeDefined();
    expect(await recalledCommand([...p.args, '--quiz'])).toBeUndefined();
    expect(await recalledCommand(['check', ...p.args.slice(1)])).toBeUndefined();
    expect(await recalledCommand(p.args, path.dirname(p.dir))).toBeUndefined();

    await rm(styles, { recursive: true });
    expect(await recalledCommand(p.args)).toBeUndefined();
    // The full line reports the missing folder as it always did.
    const failed = await run(p.args);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('styles folder not found');

    await mkdir(styles);
    await run(p.args);
    expect(await recalledCommand(p.args)).toBeDefined();
    await writeFile(p.configFile, JSON.stringify({ outputs: ['anki', 'csv'], styles, paper: 'letter' }));
    expect(await recalledCommand(p.args)).toBeUndefined();
  });

  it('never takes a program to run from the record (the output folder is no place to trust)', async () => {
    const p = await project({ browserPath: '/bin/true' });
    expect((await run(p.args)).code).toBe(0);
    const record = JSON.parse(await readFile(path.join(p.out, CACHE_FILE), 'utf8')) as { extra: { command?: { opts: Record<string, unknown> } } };
    expect(record.extra.command?.opts.browserPath).toBe('/bin/true');
    expect(await recalledCommand(p.args)).toBeUndefined();
  });

  it('rebuilds with the recalled options when a deck changed', async () => {
    const p = await project();
    await run(p.args);
    await writeFile(p.deck, DECK.replace('DNS', 'ARP'));
    expect(await recalledCommand(p.args)).toBeDefined();
    const rebuilt = await run(p.args);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).not.toContain('unchanged');
    expect(await readFile(path.join(p.out, 'net', 'cards.csv'), 'utf8')).toContain('ARP');
  });

  it("finds the output folder a JSON config names, and never recalls a JavaScript config's options", async () => {
    const p = await project({ outDir: 'printed' });
    const args = ['build', p.deck, '--config', p.configFile];
    await run(args);
    expect((await recalledCommand(args))?.opts.outDir).toBe(path.join(p.dir, 'printed'));

    const mjs = path.join(p.dir, 'studyguide.config.mjs');
    await writeFile(mjs, `export default { outputs: ['csv'], outDir: ${JSON.stringify(p.out)} };\n`);
    const jsArgs = ['build', p.deck, '--config', mjs, '-o', p.out];
    expect((await run(jsArgs)).code).toBe(0);
    const record = JSON.parse(await readFile(path.join(p.out, CACHE_FILE), 'utf8')) as { extra: { command?: unknown } };
    expect(record.extra.command).toBeUndefined();
    expect(await recalledCommand(jsArgs)).toBeUndefined();
  });
});

// The modules a no-op rebuild loads: test/cli/start-up-modules.test.ts (one spawned build serves both).

describe('the config inputs of a command line', () => {
  it('cover every folder the search visits, and a config file made in any of them', async () => {
    const root = await tempDir('studyguide-search-');
    const cwd = path.join(root, 'decks', 'week1');
    await mkdir(cwd, { recursive: true });
    await writeFile(path.join(root, 'package.json'), '{ "name": "notes" }');
    const inputs = configInputs(cwd, undefined);
    expect(inputs).toContain(path.join(root, 'decks', 'studyguide.config.yaml'));
    expect(inputs).toContain(path.join(root, 'package.json'));
    expect(inputs.some((f) => path.dirname(f) === path.dirname(root))).toBe(false);
    const before = pathsState(inputs);
    await writeFile(path.join(root, 'decks', 'studyguide.config.yml'), 'paper: letter\n');
    expect(pathsState(inputs)).not.toBe(before);
    expect(configInputs(cwd, false)).toEqual([]);
    expect(configInputs(cwd, 'my.json')).toEqual([path.join(cwd, 'my.json')]);
  });

  it('reads no FIFO named like a config file (the test timeout bounds a hang)', async () => {
    const dir = await tempDir('studyguide-search-');
    spawnSync('mkfifo', [path.join(dir, 'studyguide.config.json')]);
    expect(pathsState([path.join(dir, 'studyguide.config.json')])).toMatch(/^[0-9a-f]{64}$/);
  });
});
