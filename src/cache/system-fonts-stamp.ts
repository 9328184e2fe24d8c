import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where system fonts and fontconfig's caches live: Debian's and other Linux systems' font folders,
 * the user's own, and macOS's (cheap to look at where they are missing).
 */
function fontPlaces(): string[] {
  const home = homedir();
  const cache = process.env.XDG_CACHE_HOME || path.join(home, '.cache');
  const data = process.env.XDG_DATA_HOME || path.join(home, '.local', 'share');
  return [
    '/var/cache/fontconfig',
    path.join(cache, 'fontconfig'),
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.fonts'),
    path.join(data, 'fonts'),
    '/Library/Fonts',
    path.join(home, 'Library', 'Fonts'),
  ];
}

/**
 * A stamp that changes when a system font is installed or removed, read from the names and
 * modification times of the font folders (and their sub-folders, where packages put their faces)
 * and of fontconfig's caches, with the fontconfig settings in the environment. The cache key holds
 * it because the Korean face stands in for the kana and ideographs no installed font has
 * (render/fonts.ts): asking fontconfig itself and working out those ranges took 0.6 s of a
 * 0.2 s no-op rebuild; these few dozen `stat` calls take about a millisecond.
 */
export function systemFontsStamp(): string {
  const parts = [`FONTCONFIG_FILE=${process.env.FONTCONFIG_FILE ?? ''}`, `FONTCONFIG_PATH=${process.env.FONTCONFIG_PATH ?? ''}`];
  for (const place of fontPlaces()) {
    for (const [name, stamp] of entryStamps(place)) {
      parts.push(`${place}/${name} ${stamp}`);
    }
  }
  return parts.join('\n');
}

/** The folder's own time and, for each entry, its time (a sub-folder's too: a face added there changes it). */
function entryStamps(folder: string): Array<[string, string]> {
  const own = stamp(folder);
  if (own === undefined) return [];
  const stamps: Array<[string, string]> = [['.', own]];
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return stamps;
  }
  for (const name of names) stamps.push([name, stamp(path.join(folder, name)) ?? 'gone']);
  return stamps;
}

function stamp(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return undefined;
  }
}
