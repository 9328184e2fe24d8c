import { realpathSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../render/assets.js';

/** A path with its links followed, or undefined when nothing is there. */
function real(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The path by which a project holding `dir` reaches this very copy of the package:
 * `<folder>/node_modules/studyguide` in `dir` or a folder above it. Under pnpm that is a link
 * into its store, whose real path (`node_modules/.pnpm/studyguide@file+…/…`) changes with every
 * version; the link does not. Undefined when no project there holds this copy (a global install).
 */
export function projectCopy(dir: string, root: string = PACKAGE_ROOT): string | undefined {
  const self = real(root) ?? root;
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const link = path.join(at, 'node_modules', 'studyguide');
    if (real(link) === self) return link;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * How to run studyguide in `dir` again: `npx studyguide` where npx finds this copy (a project's
 * dependency, this repository itself, npx's own download folder), else the bare command a global
 * install puts on PATH. npx there finds no local copy and looks the name up in the registry,
 * which may hold another package by that name.
 */
export function commandIn(dir: string, root: string = PACKAGE_ROOT): string {
  const inside = path.relative(root, path.resolve(dir));
  const local = !inside.startsWith('..') && !path.isAbsolute(inside);
  const npxCache = root.split(path.sep).includes('_npx');
  return projectCopy(dir, root) || local || npxCache ? 'npx studyguide' : 'studyguide';
}
