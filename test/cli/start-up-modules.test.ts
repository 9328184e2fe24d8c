import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../temp-dir.js';

// What a command loads is most of its start-up (issue #18): a build that prints no PDF must not
// load the browser's driver or the PDF library, the calling thread leaves the markdown stack to
// the parser's thread, and --version loads next to nothing. Read from the modules each thread
// really loaded (a module hook that notes every URL), not from a timing.

/** Notes each loaded module's URL, with its thread, in the file `initialize` is given. */
const HOOKS = `import { appendFileSync } from 'node:fs';
let note;
export function initialize({ file, thread }) { note = (url) => appendFileSync(file, thread + ' ' + url + '\\n'); }
export async function load(url, context, next) { note(url); return next(url, context); }`;

/** Registers HOOKS on each thread that starts (Node passes --import on to worker threads). */
const REGISTER = `import { register } from 'node:module';
import { threadId } from 'node:worker_threads';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}), { data: { file: process.env.STUDYGUIDE_TEST_MODULE_LOG, thread: threadId } });`;

const DECK = '# Net\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n\nIt maps names to addresses.\n';

/** A module's package, or our own file as `dist/…`; undefined for Node's own modules. */
const moduleName = (url: string): string | undefined => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? /(?:^|\/)(dist\/.+)$/.exec(url)?.[1];

/** The modules each file of the CLI's bundle holds (scripts/bundle.mjs writes the list beside it). */
async function bundleInputs(): Promise<Record<string, string[]>> {
  return JSON.parse(await readFile('dist/bundle/inputs.json', 'utf8')) as Record<string, string[]>;
}

/** The packages (and our own dist/ files) each thread loaded for the command line, 0 being the main thread; `files`, the files themselves. */
async function loadedBy(args: string[]): Promise<{ code: number | null; main: Set<string>; parser: Set<string>; grammars: number; files: string[] }> {
  const dir = await tempDir('studyguide-modules-');
  const log = path.join(dir, 'modules.txt');
  await writeFile(log, '');
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', STUDYGUIDE_TEST_MODULE_LOG: log };
    delete env.STUDYGUIDE_PARSE_INLINE_BYTES; // the default: decks parse on the parser's thread
    const argv = args.map((a) => a.replace('$DIR', dir));
    const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, 'bin/studyguide.js', ...argv], {
      encoding: 'utf8',
      env,
      timeout: 110_000,
    });
    const main = new Set<string>();
    const parser = new Set<string>();
    let grammars = 0;
    const bundled = await bundleInputs();
    const files: string[] = [];
    for (const line of (await readFile(log, 'utf8')).split('\n').filter(Boolean)) {
      const [thread, url] = line.split(' ');
      if (url.includes('/highlight.js/es/languages/')) grammars++;
      // A file of the bundle (bin runs it) stands for the modules it holds as well as for itself.
      const file = /\/dist\/bundle\/([^/]+)$/.exec(url)?.[1];
      files.push(moduleName(url) ?? url);
      for (const held of [url, ...(file ? (bundled[file] ?? []) : [])]) {
        const name = moduleName(held);
        if (name) (thread === '0' ? main : parser).add(name);
      }
    }
    return { code: run.status, main, parser, grammars, files };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Packages only printing needs: the browser's driver and download helper, the PDF library. */
const PRINTING = ['puppeteer-core', '@puppeteer/browsers', 'pdf-lib'];
/** The markdown stack: the parser's thread loads it, the calling thread never does. */
const PARSER = ['micromark', 'remark-parse', 'unified', 'highlight.js', 'katex', 'franc-min'];

/** What a thread or the other loaded. */
type Loaded = Awaited<ReturnType<typeof loadedBy>>;

describe('what a build command loads', () => {
  // One deck built twice by the same command line, for both tests: a full build, then the no-op
  // rebuild the command's record answers (src/cli/start.ts). Each spawned run is seconds.
  let full: Loaded;
  let noop: Loaded;
  beforeAll(async () => {
    const dir = await tempDir('studyguide-deck-');
    const deck = path.join(dir, 'net.md');
    await writeFile(deck, DECK);
    const args = ['build', deck, '--outputs', 'csv', '--out', path.join(dir, 'out')];
    full = await loadedBy(args);
    noop = await loadedBy(args);
  });

  it('a build that prints no PDF loads no browser driver nor PDF library, and parses on the parser thread alone', () => {
    const { code, main, parser } = full;
    expect(code).toBe(0);
    expect(parser.has('dist/parse-thread/parse-worker.js')).toBe(true);
    for (const name of PRINTING) {
      expect(main, name).not.toContain(name);
      expect(parser, name).not.toContain(name);
    }
    for (const name of PARSER) expect(main, name).not.toContain(name);
    expect(parser).toContain('micromark');
    // The id list's CSV reader and the SVG clean-up load only for --only-ids and for diagrams.
    expect(main).not.toContain('csv-parse');
    expect(main).not.toContain('hast-util-from-html');
    // A deck without code blocks loads no highlighting grammar (all ~190 took 0.25 s of CPU).
    expect(full.grammars).toBe(0);
  });

  it("runs the CLI's bundle, and the parser's thread starts from it", () => {
    expect(full.main).toContain('dist/bundle/studyguide.js');
    expect(full.parser).toContain('dist/bundle/parse-worker.js');
    // Not the compiled modules one by one: the bundle holds them.
    expect(full.files.filter((name) => name.startsWith('dist/') && !name.startsWith('dist/bundle/'))).toEqual([]);
  });

  it('a no-op rebuild loads neither the command-line parser, the option schema, YAML nor the markdown pipeline', () => {
    expect(full.main).toContain('zod');
    expect(noop.code).toBe(0);
    const loaded = [...noop.main, ...noop.parser];
    expect(loaded).toContain('dist/cache/build-memo.js');
    expect(loaded.filter((name) => ['zod', 'commander', 'yaml', 'unified', 'remark-parse', 'lilconfig'].includes(name))).toEqual([]);
    expect(loaded.filter((name) => /^dist\/(cli|config|build)\.js$/.test(name))).toEqual([]);
  });
});

describe('what a command loads', () => {
  it('--version loads neither the command-line parser nor the option schema', async () => {
    const { code, main, parser } = await loadedBy(['--version']);
    expect(code).toBe(0);
    expect(parser.size).toBe(0);
    expect([...main].filter((name) => !name.startsWith('dist/'))).toEqual([]);
  });

  it('--help loads no printing, no markdown and no YAML', async () => {
    const { code, main } = await loadedBy(['--help']);
    expect(code).toBe(0);
    for (const name of [...PRINTING, ...PARSER]) expect(main, name).not.toContain(name);
    // Only a deck read from standard input, or front matter, needs the YAML parser.
    expect(main).not.toContain('yaml');
  });
});
