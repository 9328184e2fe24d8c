import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, realpath, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../../temp-dir.js';

// bin/studyguide.js runs the CLI's bundle (scripts/bundle.mjs), made from dist/. A spawned CLI
// must still run what the sources say (issue 17): the tests' setup compiles and bundles what is
// stale (scripts/compile-if-stale.mjs), and a compile run alone (`tsc`) makes bin run dist/
// until the next bundle. Tried on a copy of the repository, whose sources these tests edit.

let repo = '';

/** Runs the copy's CLI; its standard output. */
const cli = (...args: string[]) => execFileSync(process.execPath, [path.join(repo, 'bin', 'studyguide.js'), ...args], { cwd: repo, encoding: 'utf8' });

/** Makes the copy's --version print `marker` after the version: an edit of one source file. */
async function editSource(marker: string): Promise<void> {
  const file = path.join(repo, 'src', 'cli', 'start.ts');
  const text = await readFile(file, 'utf8');
  const call = /process\.stdout\.write\(`\$\{packageVersion\(\)\}[^`]*\\n`\);/;
  expect(text).toMatch(call);
  await writeFile(file, text.replace(call, `process.stdout.write(\`\${packageVersion()} ${marker}\\n\`);`));
}

/** The text of the copy's bundle, every file of it. */
async function bundleText(): Promise<string> {
  const dir = path.join(repo, 'dist', 'bundle');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  return (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
}

/** What the tests' setup runs before any test: compile and bundle what is stale. */
function compileIfStale(): void {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await (await import('./scripts/compile-if-stale.mjs')).compileIfStale()"], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}

beforeAll(async () => {
  repo = path.join(await tempDir('studyguide-bundle-'), 'repo');
  await mkdir(repo);
  // dist/ with its compile record, times kept: the copy's compile redoes only what an edit changes.
  for (const entry of ['src', 'dist', 'scripts', 'bin', 'templates', 'styles', 'package.json', 'tsconfig.json'])
    await cp(entry, path.join(repo, entry), { recursive: true, preserveTimestamps: true });
  await symlink(path.resolve('node_modules'), path.join(repo, 'node_modules'), 'dir');
  await recordLinkedDependencies();
}, 120_000);

/**
 * The compiler names a dependency's declarations by their real path: in the copy, through its
 * linked node_modules, to this repository's. The copied record names them under the copy's own
 * node_modules, so the copy's first compile took every file for changed and checked and emitted
 * all of src/ again (17 s of CPU, not 5). Named where the copy's compile finds them, the record is
 * the one a repository with its own node_modules has: the compile redoes what the edit changed.
 */
async function recordLinkedDependencies(): Promise<void> {
  const file = path.join(repo, 'dist', '.tsbuildinfo');
  const { atime, mtime } = await stat(file);
  const record = JSON.parse(await readFile(file, 'utf8')) as { fileNames: string[] };
  const linked = path
    .relative(path.join(repo, 'dist'), await realpath(path.join(repo, 'node_modules')))
    .split(path.sep)
    .join('/');
  record.fileNames = record.fileNames.map((name) => name.replace(/^\.\.\/node_modules\//, `${linked}/`));
  await writeFile(file, JSON.stringify(record));
  await utimes(file, atime, mtime);
}

describe("the CLI's bundle", () => {
  it('is what bin runs, and holds an edited source once the setup has compiled and bundled it', async () => {
    const version = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version;
    await editSource('edited-once');
    // A compile of the copy (tsc checks the whole project: minutes of wall time on a busy machine), then its bundle.
    compileIfStale();
    expect(await bundleText()).toContain('edited-once');
    expect(cli('--version').trim()).toBe(`${version} edited-once`);
  }, 600_000);

  it('gives way to dist/ when a compile alone is newer, until the next bundle', async () => {
    // What `tsc` run alone leaves (a compile is tens of seconds): a compiled file changed, the compile's record newer than the bundle.
    const compiled = path.join(repo, 'dist', 'cli', 'start.js');
    const edit = async (from: string, to: string) => writeFile(compiled, (await readFile(compiled, 'utf8')).replace(from, to));
    await edit('edited-once', 'edited-twice');
    const record = await stat(path.join(repo, 'dist', '.tsbuildinfo'));
    const earlier = new Date(record.mtimeMs - 1000);
    await utimes(path.join(repo, 'dist', 'bundle', 'studyguide.js'), earlier, earlier);
    // The bundle still holds the first edit; bin runs dist/ instead.
    expect(await bundleText()).not.toContain('edited-twice');
    expect(cli('--version')).toContain('edited-twice');
    compileIfStale();
    expect(await bundleText()).toContain('edited-twice');
    // The bundle current again, bin runs it: a compiled file changed with no compile is not seen.
    await edit('edited-twice', 'edited-in-dist');
    expect(cli('--version')).toContain('edited-twice');
  }, 240_000);
});
