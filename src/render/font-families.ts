import { execFile } from 'node:child_process';
import type { Diagnostic } from '../model/deck.js';
import { FAMILIES, optionalFaces } from './fonts.js';

/** CSS's generic families: always there, whatever the machine has. */
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'emoji', 'math', 'fangsong']);

/** The installed family names, lower-cased (undefined when fontconfig cannot be asked). */
export type InstalledFamilies = () => Promise<Set<string> | undefined>;

let installed: Promise<Set<string> | undefined> | undefined;

/**
 * Every family name fontconfig knows, from one `fc-list` call per process; a font listing
 * several names (its own and translated ones, comma-separated) answers to each.
 */
export const fontconfigFamilies: InstalledFamilies = () =>
  (installed ??= new Promise((resolve) => {
    execFile('fc-list', ['--format', '%{family}\n'], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err) return resolve(undefined);
      resolve(
        new Set(
          stdout
            .split(/[\n,]/)
            .map((name) => name.trim().toLowerCase())
            .filter(Boolean),
        ),
      );
    });
  }));

/**
 * The deck's own families (`fonts`) that neither a bundled face, an installed optional face nor
 * an installed font answers to: Chromium would print that text in another face without a word.
 * Empty when fontconfig cannot be asked (nothing can be said about the machine then).
 */
export async function unknownFamilies(families: string[], system: InstalledFamilies = fontconfigFamilies): Promise<string[]> {
  const ours = new Set([...Object.values(FAMILIES), ...optionalFaces().map((f) => f.family)].map((f) => f.toLowerCase()));
  const asked = families.filter((f) => {
    const name = f.trim().toLowerCase();
    return name && !ours.has(name) && !GENERIC.has(name) && !name.startsWith('ui-');
  });
  if (asked.length === 0) return [];
  const names = await system();
  return names ? asked.filter((f) => !names.has(f.trim().toLowerCase())) : [];
}

/** What a `fonts` entry is when it is no family name: a web address, a font file or another path (`fonts` names installed families only). */
const notAFamily = (family: string): string | undefined =>
  /^[a-z][\w+.-]*:\/\//i.test(family)
    ? 'a web address'
    : /\.(?:ttf|otf|woff2?|ttc)$/i.test(family)
      ? 'a font file'
      : // "/etc/passwd" was called a font file.
        /[\\/]/.test(family)
        ? 'a file path'
        : undefined;

/**
 * A warning for each `fonts` family this machine lacks: at the deck's `fonts:` line when its
 * front matter names them (`line`), else at line 1 (they came from the config or `--fonts`).
 */
export async function fontFamilyWarnings(file: string, families: string[] | undefined, line?: number, system?: InstalledFamilies): Promise<Diagnostic[]> {
  const missing = await unknownFamilies(families ?? [], system);
  const where = line ? 'front matter "fonts"' : '`fonts` (config or --fonts)';
  return missing.map((family) => ({
    file,
    line: line ?? 1,
    severity: 'warning',
    code: 'unknown-font',
    message: notAFamily(family)
      ? `font family "${family}" in ${where} is ${notAFamily(family)}, not a family name — install the font (copy it to ~/.fonts and run fc-cache), then give the family name it installs`
      : `font family "${family}" in ${where} is not installed here: its text prints in the next face of the stack — install it, or check the name (\`fc-list : family\` lists the installed ones)`,
  }));
}
