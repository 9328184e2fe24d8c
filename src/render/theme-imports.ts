import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/deck.js';
import { readAssetFile, type AssetDirs } from './assets.js';
import { shownPath } from '../shown-path.js';

// `@import url("…")` or `@import "…"`, and the address it names.
const IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi;

/**
 * The user's stylesheets (a theme's, or `--styles`) that @import another: each page holds its
 * styles inline, ours first, and a browser ignores an @import after other rules (a network one
 * would be refused anyway), so the rules never arrived and nothing said so. One warning a file,
 * at its first @import. Our own folder, the last one searched, is not looked at.
 */
export function themeImportWarnings(dirs: AssetDirs): Diagnostic[] {
  return dirs.styles.slice(0, -1).flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.css'))
          .sort()
          .flatMap((name) => importWarning(path.join(dir, name)))
      : [],
  );
}

function importWarning(file: string): Diagnostic[] {
  // Comments blanked, their line breaks kept, so a commented-out @import is not one and lines still count.
  const css = readAssetFile(file).replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const found = [...css.matchAll(IMPORT)];
  if (!found.length) return [];
  const line = css.slice(0, found[0].index).split('\n').length;
  const rules = found.length === 1 ? 'an @import rule loads' : `${found.length} @import rules load`;
  const message = `${rules} nothing: a theme's stylesheets are put into each page after ours, where @import is ignored — paste the rules of "${found[0][1]}" into ${path.basename(file)} instead`;
  return [{ file: shownPath(file), line, severity: 'warning', code: 'theme-import', message }];
}
