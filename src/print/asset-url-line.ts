import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AssetDirs } from '../render/assets.js';
import { shownPath } from '../shown-path.js';

/**
 * Where a user's template or stylesheet (a theme's, `--templates`, `--styles`) names an address:
 * its file and line. Our own folders, the last searched, are not looked at: they name none.
 */
export function assetLineOfUrl(url: string, dirs: AssetDirs): { file: string; line: number } | undefined {
  const own = [...dirs.templates.slice(0, -1), ...dirs.styles.slice(0, -1)];
  for (const file of own.flatMap((dir) => filesUnder(dir, 2))) {
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf(url);
    if (at >= 0) return { file: shownPath(file), line: text.slice(0, at).split('\n').length };
  }
  return undefined;
}

/** The files in a folder and its sub-folders, `depth` levels down (a theme's `partials/`). */
function filesUnder(dir: string, depth: number): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const info = statSync(full);
      return info.isDirectory() ? (depth > 1 ? filesUnder(full, depth - 1) : []) : info.isFile() ? [full] : [];
    });
}
