import { watch, type FSWatcher } from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { assetDirs, type ThemeDirs } from '../render/assets.js';

/** Which entries of a watched folder matter. */
export type EntryFilter = (name: string) => boolean;

/** A set of folder watchers, closed together. */
export interface FolderWatch {
  close(): void;
}

/**
 * Watches folders (each one level deep) and reports the full path of every entry that changes,
 * appears or disappears. Folders rather than files: editors that save by writing a temporary
 * file and renaming it over the deck would silently end a watch on the file itself.
 */
export function watchFolders(folders: Map<string, EntryFilter>, onChange: (file: string) => void, onError: (error: Error, folder: string) => void): FolderWatch {
  const watchers: FSWatcher[] = [];
  for (const [folder, wanted] of folders) {
    try {
      const watcher = watch(folder, { persistent: true }, (_event, name) => {
        if (name && wanted(name.toString())) onChange(path.join(folder, name.toString()));
      });
      watcher.on('error', (err) => onError(err, folder));
      watchers.push(watcher);
    } catch (err) {
      onError(err as Error, folder);
    }
  }
  return {
    close: () => {
      for (const w of watchers) w.close();
    },
  };
}

/** Deck files given directly are watched through their folder; folders for any `.md` in them. */
export function deckFolders(paths: string[], files: string[]): Map<string, EntryFilter> {
  const folders = new Map<string, Set<string> | 'any'>();
  for (const p of paths.map((x) => path.resolve(x))) {
    if (!files.includes(p)) folders.set(p, 'any');
  }
  for (const file of files) {
    const dir = path.dirname(file);
    const current = folders.get(dir);
    if (current === 'any') continue;
    folders.set(dir, new Set([...(current ?? []), path.basename(file)]));
  }
  const isDeck = (name: string) => name.toLowerCase().endsWith('.md') && !name.startsWith('.');
  return new Map([...folders].map(([dir, names]) => [dir, names === 'any' ? isDeck : (name: string) => names.has(name)]));
}

/** The template folders (with their partials) and style folders in use, a theme's first. */
export function assetFolders(themed: ThemeDirs): Map<string, EntryFilter> {
  const dirs = assetDirs(themed);
  const folders = [...dirs.templates.flatMap((d) => [d, path.join(d, 'partials')]), ...dirs.styles].filter((d) => existsSync(d));
  const isAsset = (name: string) => !name.startsWith('.') && /\.(hbs|css|js)$/i.test(name);
  return new Map(folders.map((d) => [d, isAsset]));
}
