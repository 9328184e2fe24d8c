import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../render/assets.js';

/**
 * A worker's compiled file, given the URL of the module that starts it and the worker's path in
 * dist/ (`parse-thread/parse-worker.js`): the file beside that module in dist/ or the bundle (as
 * a user runs it). Running from sources (the tests), the bundle's copy when it is as new as the
 * last compile (bin/studyguide.js's rule): one file loads in half the CPU of dist/'s ~1,200
 * modules (0.8 s of 1.6 s a parser thread's start); else dist/ itself, which a `tsc` run alone
 * made current. Undefined when none exists (sources never compiled). `root`: the package's folder.
 */
export function compiledWorker(starter: string, inDist: string, root = PACKAGE_ROOT): string | undefined {
  const sibling = path.join(path.dirname(fileURLToPath(starter)), path.basename(inDist));
  if (existsSync(sibling)) return sibling;
  const compiled = path.join(root, 'dist', inDist);
  const bundled = path.join(root, 'dist', 'bundle', path.basename(inDist));
  const mtime = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  const bundledAt = mtime(bundled);
  const compiledAt = mtime(path.join(root, 'dist', '.tsbuildinfo'));
  if (bundledAt !== undefined && (compiledAt === undefined || bundledAt >= compiledAt)) return bundled;
  return existsSync(compiled) ? compiled : undefined;
}
