import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Hard links into `app` this repository's installed copy of every package the lock file does not
 * mark dev-only: the packed package's dependencies, at the versions the lock gives. Linking costs
 * well under a second; npm unpacking the same few hundred megabytes cost about 20 s of CPU.
 */
async function linkDependencies(app: string): Promise<void> {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const byFolder = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    // Nested packages come with the package they are nested in; optional ones may not be installed.
    if (!key.startsWith('node_modules/') || entry.dev || key.slice('node_modules/'.length).includes('/node_modules/') || !existsSync(key)) continue;
    const folder = path.join(app, path.dirname(key));
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), key]);
  }
  for (const [folder, keys] of byFolder) {
    await mkdir(folder, { recursive: true });
    execFileSync('cp', ['-al', ...keys, folder]);
  }
  await linkBins(app, [...byFolder.values()].flat());
}

/**
 * The command links npm makes for the linked packages (node_modules/.bin/<name>): npm takes a
 * package whose links are missing for a broken install and unpacks it again from its cache (13
 * packages, katex and uglify-js among them: the install's longest part). The packages linked are
 * all top-level ones, whose commands npm links there.
 */
async function linkBins(app: string, keys: string[]): Promise<void> {
  const bin = path.join(app, 'node_modules', '.bin');
  await mkdir(bin, { recursive: true });
  for (const key of keys) {
    const manifest = JSON.parse(readFileSync(path.join(key, 'package.json'), 'utf8')) as { name: string; bin?: string | Record<string, string> };
    const bins = typeof manifest.bin === 'string' ? { [manifest.name.replace(/^@[^/]+\//, '')]: manifest.bin } : (manifest.bin ?? {});
    for (const [name, file] of Object.entries(bins)) await symlink(path.join('..', key.slice('node_modules/'.length), file), path.join(bin, name));
  }
}

/**
 * Installs the packed tarball into the project `app` with npm, as a user would, onto its
 * dependencies linked in first: npm checks them against the package's ranges, fetches what does
 * not satisfy them, and replaces (never edits) what it changes, so the links stay as they were.
 * Onto a whole tree it adds the one package ("added 1 package"; with no command links it also
 * "changed 13").
 */
export async function installPacked(tarball: string, app: string): Promise<void> {
  await linkDependencies(app);
  // From the npm cache this repository's own install filled where it can: an `npm ci` fetches no
  // package metadata, which a plain install of the tarball asks for (fully offline it failed with
  // ENOTCACHED after `npm ci`). Runs no install scripts (there are none to run).
  const args = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball];
  const result = spawnSync('npm', args, { cwd: app, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
}
