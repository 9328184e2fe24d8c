import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { utf8FileText } from '../content/deck-encoding.js';
import { shownPath } from '../shown-path.js';
import { InputRefused, readInputSync } from '../content/read-input.js';
import { StudyguideError } from '../errors.js';

/** The package root (where templates/ and styles/ live), found from this compiled file. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Folders searched for templates and styles, first match wins (a user's theme before ours). */
export interface AssetDirs {
  templates: string[];
  styles: string[];
}

/** A user's own folders: explicit `templates`/`styles`, and a `theme` holding both. */
export interface ThemeDirs {
  theme?: string;
  templates?: string;
  styles?: string;
}

/** The bundled folders, preceded by the user's: explicit folders first, then the theme's. */
export function assetDirs(user: ThemeDirs = {}): AssetDirs {
  const theme = (sub: string) => (user.theme ? path.join(user.theme, sub) : undefined);
  const list = (...dirs: (string | undefined)[]) => dirs.filter((d): d is string => !!d);
  return {
    templates: list(user.templates, theme('templates'), path.join(PACKAGE_ROOT, 'templates')),
    styles: list(user.styles, theme('styles'), path.join(PACKAGE_ROOT, 'styles')),
  };
}

/** Reads `name` from the first folder that has it. */
export function readAsset(dirs: string[], name: string): string {
  return readAssetFile(assetFile(dirs, name));
}

/** A template's or stylesheet's text; a theme's file saved in another encoding than UTF-8 is an error at its line. */
export function readAssetFile(file: string): string {
  const what = file.endsWith('.css') ? 'stylesheet' : 'template';
  // Read as a deck is: a theme's FIFO hung the build (a read in this thread, deaf to Ctrl-C), a link to /dev/zero read without end.
  try {
    return utf8FileText(readInputSync(file, { maxBytes: MAX_ASSET_BYTES, what }), shownPath(file), what);
  } catch (err) {
    if (err instanceof InputRefused) throw new StudyguideError(`cannot read this ${what}: ${err.reason}`, { file: shownPath(file), hint: err.hint });
    throw err;
  }
}

/** Largest template or stylesheet: ours are a few KB, a theme's with fonts inlined a few MB. */
const MAX_ASSET_BYTES = 16 * 1024 * 1024;

/** The path of `name` in the first folder that has it. */
export function assetFile(dirs: string[], name: string): string {
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`missing template or style: ${name} (looked in ${dirs.join(', ')})`);
}

/** All file names with `ext` under `sub` across the folders (for partials). */
export function listAssets(dirs: string[], sub: string, ext: string): string[] {
  const names = new Set<string>();
  for (const dir of dirs) {
    const folder = path.join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const n of readdirSync(folder)) if (n.endsWith(ext)) names.add(n);
  }
  return [...names].sort();
}
