import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the dependencies a consumer project installed are kept between test runs, one folder per
 * set of dependency ranges: unpacking a few hundred megabytes of them cost about 20 s of CPU a run.
 */
const CACHE = path.resolve('node_modules/.cache/studyguide/consumer');

/** Runs npm in `cwd`; throws with its output when it fails. */
function npm(cwd: string, args: string[]): void {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
}

/** Hard links a node_modules tree (cheap); npm's own record of the tree is copied, as npm rewrites it in place. */
async function linkTree(from: string, to: string): Promise<void> {
  execFileSync('cp', ['-al', from, to]);
  const record = path.join(to, '.package-lock.json');
  if (existsSync(record)) {
    await rm(record);
    await copyFile(path.join(from, '.package-lock.json'), record);
  }
}

/**
 * Installs the packed tarball into the project `app` with npm, as a user would. The package's
 * dependencies come from an earlier run's install of the same ranges when there is one (hard
 * linked in first, npm then adds the package itself and checks the tree against its ranges);
 * otherwise npm installs them all and they are kept for the next run.
 */
export async function installPacked(tarball: string, app: string): Promise<void> {
  const { dependencies } = JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' })) as {
    dependencies: Record<string, string>;
  };
  const key = createHash('sha256').update(JSON.stringify(dependencies)).digest('hex').slice(0, 16);
  const kept = path.join(CACHE, key);
  if (existsSync(path.join(kept, 'node_modules'))) {
    await linkTree(path.join(kept, 'node_modules'), path.join(app, 'node_modules'));
    for (const f of ['package.json', 'package-lock.json']) await copyFile(path.join(kept, f), path.join(app, f));
  }
  // From the npm cache this repository's own install filled where it can: an `npm ci` fetches no
  // package metadata, which a plain install of the tarball asks for (fully offline it failed with
  // ENOTCACHED after `npm ci`). Runs no install scripts (there are none to run).
  npm(app, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball]);
  if (existsSync(kept)) return;
  // Kept without the package itself, written aside and renamed into place: a run beside this one sees all of it or none.
  const aside = `${kept}.${process.pid}`;
  await mkdir(aside, { recursive: true });
  await linkTree(path.join(app, 'node_modules'), path.join(aside, 'node_modules'));
  await rm(path.join(aside, 'node_modules', 'studyguide'), { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) await copyFile(path.join(app, f), path.join(aside, f));
  // Ranges no longer asked for are let go.
  for (const old of await readdir(CACHE)) if (!old.startsWith(key)) await rm(path.join(CACHE, old), { recursive: true, force: true });
  await rename(aside, kept).catch(() => rm(aside, { recursive: true, force: true }));
}
