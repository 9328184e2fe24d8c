import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/deck.js';
import type { AssetDirs } from './assets.js';
import { shownPath } from '../shown-path.js';

// A theme's template replaces ours by its file name: `cuver.hbs` for `cover.hbs`, or a layout in
// the partials folder, replaced nothing and was read by nothing, and the build said not a word.

/** Our layouts and partials (their paths in templates/), the names a user's file can replace. */
function hbsFiles(dir: string): string[] {
  const list = (sub: string) =>
    existsSync(path.join(dir, sub))
      ? readdirSync(path.join(dir, sub))
          .filter((n) => n.endsWith('.hbs'))
          .map((n) => path.posix.join(sub, n))
      : [];
  return [...list('.'), ...list('partials')].map((p) => p.replace(/^\.\//, ''));
}

/** Partial names every template of these folders calls (`{{> name}}`, `{{#> name}}`). */
function calledPartials(dirs: string[]): Set<string> {
  const called = new Set<string>();
  for (const dir of dirs)
    for (const file of hbsFiles(dir)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/\{\{~?#?>\s*([\w./-]+)/g)) called.add(m[1]);
    }
  return called;
}

/**
 * The templates of a user's folders (`--templates`, a theme's) that nothing reads: a layout
 * whose name is none of ours, a partial that is none of ours and that no template calls. One
 * warning each, naming the files it could have meant to replace.
 */
export function unreadTemplateWarnings(dirs: AssetDirs): Diagnostic[] {
  const ours = dirs.templates.at(-1)!;
  const known = new Set(hbsFiles(ours));
  const called = calledPartials(dirs.templates);
  const names = (kind: 'partials' | 'layouts') =>
    [...known]
      .filter((f) => f.startsWith('partials/') === (kind === 'partials'))
      .map((f) => path.posix.basename(f))
      .join(', ');
  const empty = dirs.templates
    .slice(0, -1)
    .filter((dir) => existsSync(dir) && hbsFiles(dir).length === 0)
    .map((dir): Diagnostic => ({
      file: shownPath(dir),
      line: 1,
      severity: 'warning',
      code: 'theme-unread',
      // `templates: /etc` read nothing from it, and said nothing.
      message: `templates folder holds no template (.hbs, or partials/*.hbs): it replaces none of ours — give the folder that holds your templates`,
    }));
  return [
    ...empty,
    ...dirs.templates.slice(0, -1).flatMap((dir) =>
      hbsFiles(dir)
        .filter((file) => !known.has(file) && !(file.startsWith('partials/') && called.has(path.posix.basename(file, '.hbs'))))
        .map((file): Diagnostic => {
          const partial = file.startsWith('partials/');
          const message = partial
            ? `template ${file} is read by nothing: it replaces none of ours (${names('partials')}) and no template calls it — rename it to the partial it replaces, or call it with {{> ${path.posix.basename(file, '.hbs')}}}`
            : `template ${file} is read by nothing: it replaces none of our layouts (${names('layouts')}) — rename it to the layout it replaces, or move a partial into partials/`;
          return { file: shownPath(path.join(dir, file)), line: 1, severity: 'warning', code: 'theme-unread', message };
        }),
    ),
  ];
}
