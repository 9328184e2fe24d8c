import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { assetDirs, type ThemeDirs } from '../render/assets.js';
import { parallelAnswersPlace, questionsSibling } from '../content/answers-sibling.js';

/** Which entries of a watched folder matter. */
export type EntryFilter = (name: string) => boolean;

/** A set of folder watchers, closed together. */
export interface FolderWatch {
  close(): void;
}

/**
 * Watches folders (each one level deep) and reports the full path of every entry that changes,
 * appears or disappears. Folders rather than files: editors that save by writing a temporary
 * file and renaming it over the deck would silently end a watch on the file itself. A folder
 * that is deleted ends its watch too (the watch follows the folder, not its name): it is looked
 * for again every REWATCH_MS, and once it is back, watched again and every entry in it reported.
 * A folder not there yet is looked for the same way.
 */
export function watchFolders(
  folders: Map<string, EntryFilter>,
  onChange: (file: string) => void,
  onError: (error: Error, folder: string) => void,
): FolderWatch {
  const watches = [...folders].map(([folder, wanted]) => watchFolder(folder, wanted, onChange, onError));
  return {
    close: () => {
      for (const w of watches) w.close();
    },
  };
}

/** How often a deleted folder is looked for. */
const REWATCH_MS = 500;

function watchFolder(folder: string, wanted: EntryFilter, onChange: (file: string) => void, onError: (error: Error, folder: string) => void): FolderWatch {
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const report = (name: string) => wanted(name) && onChange(path.join(folder, name));
  const reportAll = () => {
    for (const name of readdirSync(folder)) report(name);
  };
  const gone = () => {
    watcher?.close();
    watcher = undefined;
    if (closed || timer) return;
    timer = setInterval(() => {
      if (!isFolder(folder)) return;
      clearInterval(timer);
      timer = undefined;
      if (start()) reportAll();
    }, REWATCH_MS);
    timer.unref?.();
  };
  // The watched folder itself was deleted or moved (an event named for the folder, not an entry).
  // When this is heard, a new folder of that name may already stand there (`rm -r` then `mkdir`
  // between two turns of the event loop): the old watch is over either way, so the new folder is
  // watched afresh and all of it reported, or, if none is there, looked for.
  const moved = () => {
    watcher?.close();
    watcher = undefined;
    if (closed) return;
    if (isFolder(folder) && start()) reportAll();
    else gone();
  };
  const self = path.basename(folder);
  const start = (): boolean => {
    try {
      watcher = watch(folder, { persistent: true }, (event, name) => {
        // The folder already gone (`rm -r`): the entry this event names is still said, so a deck in
        // it is seen removed, not left previewed until the folder is made again.
        if (!isFolder(folder)) {
          if (name && name.toString() !== self) report(name.toString());
          return gone();
        }
        if (event === 'rename' && name?.toString() === self) return moved();
        if (name) report(name.toString());
      });
      watcher.on('error', (err) => (isFolder(folder) ? onError(err, folder) : gone()));
      return true;
    } catch (err) {
      onError(err as Error, folder);
      return false;
    }
  };
  // A folder not made yet (a parallel answers folder) is looked for as a deleted one is.
  if (isFolder(folder)) start();
  else gone();
  return {
    close: () => {
      closed = true;
      clearInterval(timer);
      watcher?.close();
    },
  };
}

const isFolder = (folder: string) => {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Deck files given directly are watched through their folder; folders for any `.md` in them.
 * `answers`: the answers files read with deck files (content/answers-sibling.ts), watched with them
 * wherever they are; beside a deck given directly, an answers file made later is seen too.
 */
export function deckFolders(paths: string[], files: string[], answers: string[] = []): Map<string, EntryFilter> {
  const folders = new Map<string, Set<string> | 'any'>();
  for (const p of paths.map((x) => path.resolve(x))) {
    if (!files.includes(p)) folders.set(p, 'any');
  }
  const add = (file: string, names: string[]) => {
    const dir = path.dirname(file);
    const current = folders.get(dir);
    if (current !== 'any') folders.set(dir, new Set([...(current ?? []), ...names]));
  };
  for (const file of [...files, ...answers]) add(file, [path.basename(file)]);
  // An answers file in a parallel answers folder (`answers/beginner/loops.md`) may be made after the
  // watch starts, its folder too: where it would be is watched (its name in any case, as it is looked up).
  for (const file of files) {
    const place = parallelAnswersPlace(file);
    const name = place && path.basename(place);
    if (name) add(place, [name, `${name.slice(0, -3).toLowerCase()}.md`, `${name.slice(0, -3).toUpperCase()}.md`]);
  }
  const isDeck = (name: string) => name.toLowerCase().endsWith('.md') && !name.startsWith('.');
  const decks = new Set(files.map((f) => path.resolve(f)));
  // Looked up only for a name that can be one (`ANSWERS.md`, `react-answers.md`): other saves in the folder cost nothing.
  const newAnswers = (dir: string, name: string) => /answers?/i.test(name) && decks.has(path.resolve(questionsSibling(path.join(dir, name)) ?? ''));
  return new Map([...folders].map(([dir, names]) => [dir, names === 'any' ? isDeck : (name: string) => names.has(name) || newAnswers(dir, name)]));
}

/** The template folders (with their partials) and style folders in use, a theme's first. */
export function assetFolders(themed: ThemeDirs): Map<string, EntryFilter> {
  const dirs = assetDirs(themed);
  const folders = [...dirs.templates.flatMap((d) => [d, path.join(d, 'partials')]), ...dirs.styles].filter((d) => existsSync(d));
  const isAsset = (name: string) => !name.startsWith('.') && /\.(hbs|css|js)$/i.test(name);
  return new Map(folders.map((d) => [d, isAsset]));
}
