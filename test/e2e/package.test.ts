// The package as someone outside this repository gets it: `npm pack`, installed from the tarball
// into a new project, then its CLI, its API and its type declarations used from there, with the
// browser the machine already has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { publint } from 'publint';
import { pdfText, sharedBrowserEnv, tempDir } from '../helpers.js';
import { installPacked } from './install-packed.js';

const repo = process.cwd();
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

let dest = '';
let tarball = '';
let packed: string[] = [];
let app = '';

/**
 * Runs a command in the consumer project; throws with its output when it fails. Its builds print
 * with the test run's browser (launching one is tested in cli/build-ok.test.ts).
 */
function run(command: string, args: string[], input?: string, cwd = app): { stdout: string; stderr: string } {
  const env = { ...process.env, NO_COLOR: '1', ...sharedBrowserEnv() };
  const result = spawnSync(command, args, { cwd, input, encoding: 'utf8', env, timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

const cli = (...args: string[]) => run(path.join(app, 'node_modules', '.bin', 'studyguide'), args);

const deck = (title: string, question: string) =>
  `---\ntitle: ${title}\n---\n# ${title}\n\n## Basics\n\n### ${question}\n\n> A short card answer.\n\nThe full answer, in a sentence.\n`;

beforeAll(async () => {
  // dist/ is compiled before the tests run; the schema is made from it, as `npm run compile` does.
  execFileSync('node', ['scripts/write-schema.mjs']);
  dest = await tempDir('studyguide-pack-');
  // --ignore-scripts: prepack would compile dist/ again, which the test run has just done. The
  // manifest is packed as prepack and postpack leave it (scripts/pack-manifest.cjs), byte for byte.
  const manifest = readFileSync('package.json', 'utf8');
  const scripts = (JSON.parse(manifest) as { scripts: Record<string, string> }).scripts;
  expect([scripts.prepack, scripts.postpack]).toEqual([
    expect.stringMatching(/ && node scripts\/pack-manifest\.cjs hide$/),
    'node scripts/pack-manifest.cjs restore',
  ]);
  let out: string;
  execFileSync('node', ['scripts/pack-manifest.cjs', 'hide']);
  try {
    out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { encoding: 'utf8' });
  } finally {
    execFileSync('node', ['scripts/pack-manifest.cjs', 'restore']);
  }
  expect(readFileSync('package.json', 'utf8')).toBe(manifest);
  const info = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0];
  tarball = path.join(dest, info.filename);
  packed = info.files.map((f) => f.path);

  app = path.join(dest, 'app');
  await mkdir(app);
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await installPacked(tarball, app);
}, 900_000);

// The consumer project holds a few hundred megabytes of dependencies.
afterAll(async () => {
  if (dest) await rm(dest, { recursive: true, force: true });
});

describe('the packed package', () => {
  it("holds what it needs to run and none of the repository's own files", () => {
    for (const f of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/cli.js',
      // The CLI's bundle, which bin runs, and its worker threads' (scripts/bundle.mjs).
      'dist/bundle/studyguide.js',
      'dist/bundle/parse-worker.js',
      'dist/bundle/pdf-worker.js',
      // Our templates compiled ahead, which the bundle reads (render/handlebars-env.ts).
      'dist/bundle/templates-precompiled.json',
      'bin/studyguide.js',
      'templates/guide.hbs',
      'templates/starter/studyguide.config.json',
      'styles/base.css',
      'schema/studyguide.schema.json',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      expect(packed, f).toContain(f);
    }
    // No compile record: bin runs dist/ instead of the bundle only when one is newer than it.
    expect(packed).not.toContain('dist/.tsbuildinfo');
    const strays = packed.filter((f) => /^(test|bench|\.ci|src|scripts|content|out)\//.test(f) || f.startsWith('.'));
    expect(strays).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(app, 'node_modules', 'studyguide', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
    };
    // Nothing runs on install, and no dependency downloads a browser. No `prepare` either: npm 11
    // listed it at install as a script "not yet covered by allowScripts", though it never runs there.
    expect(Object.keys(pkg.scripts).filter((s) => /^((pre|post)?install|prepare)$/.test(s))).toEqual([]);
    expect(Object.keys(pkg.dependencies)).not.toContain('puppeteer');
    expect(existsSync(path.join(app, 'node_modules', 'puppeteer'))).toBe(false);
  });

  it('passes the packaging linter', async () => {
    // The installed folder holds exactly the packed files.
    const { messages } = await publint({ pkgDir: path.join(app, 'node_modules', 'studyguide'), pack: false, strict: true });
    expect(messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`)).toEqual([]);
  });
});

describe('the installed CLI', () => {
  it('prints its version', () => {
    expect(cli('--version').stdout.trim()).toBe(version);
    expect(cli('-V').stdout.trim()).toBe(version);
  });

  // One build (one browser) for both: the decks a quoted glob matches and one from standard input.
  it('builds the decks a quoted glob matches, at any depth, and one deck from standard input named by its title', async () => {
    await mkdir(path.join(app, 'decks', 'net'), { recursive: true });
    await writeFile(path.join(app, 'decks', 'net', 'dns.md'), deck('DNS', 'What does a resolver cache?'));
    await writeFile(path.join(app, 'decks', 'tls.md'), deck('TLS', 'What does a certificate prove?'));
    const { stdout } = run(
      path.join(app, 'node_modules', '.bin', 'studyguide'),
      ['build', 'decks/**/*.md', '-', '--outputs', 'guide', '--out', 'out-cli'],
      deck('Piped Networking', 'What is a subnet mask?'),
    );
    expect(stdout).toContain('decks found: decks/net/dns.md, decks/tls.md, <stdin>');
    expect(pdfText(path.join(app, 'out-cli', 'dns', 'guide.pdf'))).toContain('What does a resolver cache?');
    expect(pdfText(path.join(app, 'out-cli', 'tls', 'guide.pdf'))).toContain('What does a certificate prove?');
    expect(pdfText(path.join(app, 'out-cli', 'piped-networking', 'guide.pdf'))).toContain('What is a subnet mask?');
  }, 300_000);

  it('checks a deck from standard input', () => {
    const { stdout } = run(path.join(app, 'node_modules', '.bin', 'studyguide'), ['check', '-'], deck('Piped Check', 'What is a route table?'));
    expect(stdout).toContain('<stdin>: read: 1 question (studyguide format)');
    expect(stdout).toContain('0 errors, 0 warnings in 1 deck');
  });

  it('writes a config whose $schema resolves to the shipped schema', async () => {
    expect(cli('init', 'starter').stdout).toContain('next: cd starter && npx studyguide check && npx studyguide build\n');
    const config = JSON.parse(await readFile(path.join(app, 'starter', 'studyguide.config.json'), 'utf8')) as { $schema: string };
    expect(config.$schema).toBe('../node_modules/studyguide/schema/studyguide.schema.json');
    const schema = JSON.parse(await readFile(path.join(app, 'starter', config.$schema), 'utf8')) as { properties: Record<string, { enum?: string[] }> };
    expect(schema.properties.paper.enum).toEqual(['a4', 'letter']);
  });

  // No second install: the copy run from a folder outside its project is what a global install
  // (npm install -g) runs, and a project whose node_modules/studyguide links to it is pnpm's layout.
  it('run from outside its project, says the bare command (npx there asks the registry); under a link, points $schema through it', async () => {
    const global = path.join(dest, 'my decks é');
    await mkdir(global);
    expect(run(path.join(app, 'node_modules', '.bin', 'studyguide'), ['init', 'starter'], undefined, global).stdout).toContain(
      'next: cd starter && studyguide check && studyguide build\n',
    );
    const globalConfig = JSON.parse(await readFile(path.join(global, 'starter', 'studyguide.config.json'), 'utf8')) as { $schema: string };
    expect(path.resolve(global, 'starter', globalConfig.$schema)).toBe(path.join(app, 'node_modules', 'studyguide', 'schema', 'studyguide.schema.json'));
    const linked = path.join(dest, 'pnpm project');
    await mkdir(path.join(linked, 'node_modules'), { recursive: true });
    await symlink(path.join(app, 'node_modules', 'studyguide'), path.join(linked, 'node_modules', 'studyguide'));
    const out = run('node', [path.join(linked, 'node_modules', 'studyguide', 'bin', 'studyguide.js'), 'init', 'starter'], undefined, linked).stdout;
    expect(out).toContain('next: cd starter && npx studyguide check && npx studyguide build\n');
    const linkedConfig = JSON.parse(await readFile(path.join(linked, 'starter', 'studyguide.config.json'), 'utf8')) as { $schema: string };
    expect(linkedConfig.$schema).toBe('../node_modules/studyguide/schema/studyguide.schema.json');
  });
});

describe('the installed API', () => {
  it('parses a deck and builds one, with every output in the result', async () => {
    await writeFile(
      path.join(app, 'api.mjs'),
      `
      import { build, parseDeck, StudyguideError } from 'studyguide';
      const deck = await parseDeck(${JSON.stringify(deck('Parsed', 'What is ARP?'))}, { file: 'parsed.md' });
      const events = [];
      const result = await build({ paths: ['decks/tls.md'], outDir: 'out-api', outputs: ['guide'], config: false, onEvent: (e) => events.push(e.type) });
      let error;
      try { await build({ paper: 'A5' }); } catch (e) { error = { typed: e instanceof StudyguideError, code: e.code, message: e.message }; }
      console.log(JSON.stringify({ title: deck.title, question: deck.sections[0].questions[0].text, outputs: result.outputs, events, error }));
    `,
    );
    const report = JSON.parse(run('node', ['api.mjs']).stdout) as {
      title: string;
      question: string;
      outputs: { deck: string; path: string; pages?: number; bytes: number }[];
      events: string[];
      error: { typed: boolean; code: string; message: string };
    };
    expect(report.title).toBe('Parsed');
    expect(report.question).toBe('What is ARP?');
    const pdf = report.outputs.find((o) => o.path.endsWith(path.join('tls', 'guide.pdf')))!;
    expect(pdf.pages).toBeGreaterThan(0);
    expect(pdf.bytes).toBe(readFileSync(pdf.path).length);
    expect(pdfText(pdf.path)).toContain('What does a certificate prove?');
    expect(report.events).toContain('decks');
    expect(report.events.filter((e) => e === 'output')).toHaveLength(report.outputs.length);
    expect(report.error).toEqual({ typed: true, code: 'input', message: '"paper" must be one of a4, letter (got "A5")' });
  }, 300_000);

  it('loads from CommonJS with require()', async () => {
    await writeFile(path.join(app, 'api.cjs'), `const sg = require('studyguide');\nconsole.log(Object.keys(sg).sort().join(' '));\n`);
    expect(run('node', ['api.cjs']).stdout.trim()).toBe('StudyguideError build check loadConfig parseDeck');
  });

  // One compiler run checks both: the consumer compiles, and a wrong type in another file is an error.
  it('has type declarations a TypeScript project compiles against, and that catch a wrong type', async () => {
    await writeFile(
      path.join(app, 'consumer.ts'),
      `
      import { build, check, parseDeck, loadConfig, StudyguideError, type BuildEvent, type BuildOptions, type BuildResult, type Deck, type Finding, type Level, type Question, type Section } from 'studyguide';
      const options: BuildOptions = { paths: ['decks'], paper: 'letter', onEvent: (e: BuildEvent) => void e.type, signal: new AbortController().signal };
      const result: BuildResult = await build(options);
      const pages: (number | undefined)[] = result.outputs.map((o) => o.pages);
      const deck: Deck = await parseDeck('# T', { file: 't.md' });
      const first: Question | undefined = deck.sections.map((s: Section) => s.questions[0])[0];
      const level: Level | undefined = first?.level;
      const findings: Finding[] = (await check({ paths: ['decks'] })).findings;
      const { file } = await loadConfig({ config: false });
      export const seen = [pages, level, findings, file, new StudyguideError('x').code];
      // @ts-expect-error no such paper size
      await build({ paper: 'a5' });
    `,
    );
    await writeFile(path.join(app, 'wrong.ts'), `import { parseDeck } from 'studyguide';\nexport const n: number = await parseDeck('# T');\n`);
    await writeFile(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          // TypeScript's own lib files are not ours to check (about 1.5 s of the compile); every other declaration is.
          skipDefaultLibCheck: true,
          types: ['node'],
          typeRoots: [path.join(repo, 'node_modules', '@types')],
        },
        files: ['consumer.ts', 'wrong.ts'],
      }),
    );
    const tsc = spawnSync('node', [path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], {
      cwd: app,
      encoding: 'utf8',
      timeout: 300_000,
    });
    const errors = tsc.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
    // Exactly the one wrong line fails; the consumer and the declarations themselves compile.
    expect(errors).toEqual([expect.stringMatching(/^wrong\.ts\(2,\d+\): error TS2322: /)]);
    expect(tsc.status).not.toBe(0);
  }, 600_000);
});
