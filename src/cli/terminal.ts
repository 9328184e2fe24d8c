import path from 'node:path';
import type { BuildEvent, BuildResult } from '../model/build-options.js';
import { StudyguideError } from '../errors.js';
import { slugFromFile } from '../content/deck-files.js';
import { formatSize } from '../model/format-size.js';
import { shownPath as shown } from '../shown-path.js';

import type { Verbosity } from '../model/verbosity.js';

/** Colours only for a terminal, never when NO_COLOR is set (any value) or TERM=dumb; FORCE_COLOR forces them. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY && env.TERM !== 'dumb';
}

/** ANSI styles that turn into plain text when colours are off. */
export function palette(on: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/** Control characters but the tab. */
// Control characters are what this matches, on purpose.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/** Embeddings, overrides and isolates: each turns the text after it around, to the end of the terminal's line. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a deck or a file name as the terminal may show it: control characters written out
 * (`\x1b`, `\n`), and so are bidirectional controls (`\u202e`). A heading holding an escape sequence could otherwise recolour, clear or rewrite
 * the terminal (a fake "✓ built"), and a file name holding a line break split a one-line message.
 */
export function printable(text: string): string {
  return text
    .replace(CONTROLS, (ch) => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`))
    .replace(BIDI_CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

/** One line for any error: `error: file:line: message — hint`; a stack only with --debug. */
export function formatError(error: unknown, debug = false, deck?: string): string {
  // A deck's failure that names no file (a print that timed out) names the deck.
  const where = deck && !(error instanceof StudyguideError && error.file) ? `${printable(deck)}: ` : '';
  if (error instanceof StudyguideError) return `error: ${where}${printable(error.format())}`;
  if (debug && error instanceof Error) return `error: ${where}${error.stack}`;
  const message = error instanceof Error ? error.message : String(error);
  return `error: ${where}${printable(message.split('\n')[0])} — run with --debug for details`;
}

/** More warnings of one kind in one file than this are folded into one line (all shown with --verbose). */
export const FOLD_AFTER = 5;

/** A warning as the terminal shows it. */
interface WarningLine {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** Where a warning is: file:line, or the file (a folder) alone for one about no line (line 0). */
const place = (w: WarningLine) => (w.line ? `${printable(w.file)}:${w.line}` : printable(w.file));

/**
 * Warnings as terminal lines, in the order given: one line each, except that more than
 * FOLD_AFTER of one code in one file become a single line, where the first of them was, with
 * the count and the first lines (`verbose` shows every one, with its code). Each line comes with
 * the index of the warning it stands at.
 */
export function foldWarnings(warnings: WarningLine[], verbose: boolean, label: string, dim: (s: string) => string = (s) => s): { at: number; text: string }[] {
  // The same warning word for word in many files (a folder of one-question files, each with the
  // same front matter key we do not read): said once, where it was first, with the places it repeats.
  const sameOf = (w: WarningLine) => `${w.code}\0${w.message}`;
  const same = new Map<string, WarningLine[]>();
  for (const w of warnings) same.set(sameOf(w), [...(same.get(sameOf(w)) ?? []), w]);
  const repeated = (w: WarningLine) => !verbose && same.get(sameOf(w))!.length > FOLD_AFTER && new Set(same.get(sameOf(w))!.map((g) => g.file)).size > 1;
  const keyOf = (w: WarningLine) => `${w.file}\0${w.code}`;
  const groups = new Map<string, WarningLine[]>();
  for (const w of warnings) if (!repeated(w)) groups.set(keyOf(w), [...(groups.get(keyOf(w)) ?? []), w]);
  const lines: { at: number; text: string }[] = [];
  const folded = new Set<string>();
  warnings.forEach((w, at) => {
    if (repeated(w)) {
      if (folded.has(sameOf(w))) return;
      folded.add(sameOf(w));
      const others = same.get(sameOf(w))!.slice(1);
      const places = others
        .slice(0, 3)
        .map((g) => place(g))
        .join(', ');
      const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
      lines.push({
        at,
        text: `${place(w)}: ${label}: ${printable(w.message)} ${dim(`— the same at ${others.length} more places (${places}${more}); --verbose lists them all`)}`,
      });
      return;
    }
    const group = groups.get(keyOf(w))!;
    if (verbose || group.length <= FOLD_AFTER) {
      lines.push({ at, text: `${place(w)}: ${label}: ${printable(w.message)}${verbose ? dim(` [${w.code}]`) : ''}` });
    } else if (!folded.has(keyOf(w))) {
      folded.add(keyOf(w));
      // One line more is shorter said than "and 1 more"; the same words each time are said once, not as the first of them.
      const shown = group.length === FOLD_AFTER + 1 ? group : group.slice(0, FOLD_AFTER);
      const cut = group.length > shown.length ? ` and ${group.length - shown.length} more` : '';
      const alike = group.every((g) => g.message === w.message);
      const where = `(lines ${shown.map((g) => g.line).join(', ')}${cut})`;
      const more = cut || !alike ? ` ${dim('— --verbose lists them all')}` : '';
      lines.push({
        at,
        text: `${place(w)}: ${label}: ${group.length} × ${w.code} ${where}${alike ? ':' : ', first:'} ${printable(w.message)}${more}`,
      });
    }
  });
  return lines;
}

/**
 * The line saying what a deck file held ("read: 48 questions (details blocks), 19 without an
 * answer, …"), the same in build, check and watch; the summary comes from content/layouts/summary.ts.
 */
export const readingLine = (summary: string): string => `read: ${summary}`;

/** Where the reporter writes (the CLI passes process.stdout/stderr). */
export interface Streams {
  out: { write(s: string): unknown; isTTY?: boolean };
  err: { write(s: string): unknown; isTTY?: boolean };
}

/**
 * Turns build events into terminal lines: a line per deck as its outputs land, a line per
 * output with pages, size and time, warnings and errors on stderr, and a closing summary.
 */
export function createBuildReporter(streams: Streams, verbosity: Verbosity, opts: { debug?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const c = palette(colorEnabled(streams.err, opts.env));
  const o = palette(colorEnabled(streams.out, opts.env));
  const started = Date.now();
  let warnings = 0;
  // Warnings wait for their deck's outputs (or failure), so they can be folded by kind.
  let pending: WarningLine[] = [];
  const printWarnings = (which: (w: WarningLine) => boolean) => {
    const now = pending.filter(which);
    pending = pending.filter((w) => !which(w));
    if (verbosity === 'quiet' || !now.length) return;
    for (const line of foldWarnings(now, verbosity === 'verbose', c.yellow('warning'), c.dim)) streams.err.write(`${line.text}\n`);
  };
  let found: string[] = [];
  const say = (line: string) => verbosity !== 'quiet' && streams.out.write(`${line}\n`);
  // A deck's files arrive together once the deck is done; they are held until the next deck (or
  // the end) so the deck's line can carry its file count and time.
  let deck: { name: string; dir: string; lines: string[]; ms: number; cached: boolean; warnings: number } | undefined;
  // What each deck's file held (layout and counts), printed under the deck's line.
  const readings = new Map<string, string>();
  const flush = () => {
    if (!deck) return;
    const files = `${deck.lines.length} file${deck.lines.length === 1 ? '' : 's'}`;
    // A deck that was not rebuilt does not print its warnings again; it says it had some.
    const earlier = deck.warnings ? `, ${deck.warnings} warning${deck.warnings === 1 ? '' : 's'} when built (--no-cache shows them)` : '';
    const time = deck.cached ? `unchanged${earlier}` : `${(deck.ms / 1000).toFixed(1)} s`;
    say(`${o.bold(deck.name)} ${o.dim(`→ ${deck.dir}/`)}  ${o.dim(`${files}, ${time}`)}`);
    const read = readings.get(deck.name);
    if (read) say(`  ${o.dim(readingLine(read))}`);
    deck.lines.forEach(say);
    deck = undefined;
  };

  return {
    /** A line of context (config file, options) shown only with --verbose. */
    detail(line: string): void {
      if (verbosity === 'verbose') streams.out.write(`${o.dim(line)}\n`);
    },
    event(e: BuildEvent): void {
      if (e.type === 'output') {
        // Files of no single deck (the index page) come under "all decks".
        const name = e.deck || 'all decks';
        printWarnings((w) => slugFromFile(w.file) === e.deck);
        if (deck?.name !== name) {
          flush();
          deck = { name, dir: shown(path.dirname(e.file)), lines: [], ms: 0, cached: true, warnings: 0 };
        }
        deck.warnings += e.warnings ?? 0;
        const pages = e.pages !== undefined ? `${e.pages} page${e.pages === 1 ? '' : 's'}` : '';
        const cached = !!(e as { cached?: boolean }).cached; // set when the build cache replayed the file
        const time = cached ? 'unchanged' : e.ms ? `${(e.ms / 1000).toFixed(1)} s` : '';
        deck.ms += cached ? 0 : e.ms;
        deck.cached &&= cached;
        const note = e.note ? `  ${o.dim(e.note)}` : '';
        deck.lines.push(`  ${path.basename(e.file).padEnd(20)} ${pages.padStart(9)} ${formatSize(e.bytes).padStart(9)}  ${o.dim(time)}${note}`);
      } else if (e.type === 'warning') {
        warnings++;
        pending.push(e.diagnostic);
      } else if (e.type === 'decks') {
        found = e.files;
      } else if (e.type === 'read') {
        readings.set(e.deck, e.summary);
      } else if (e.type === 'deck-failed') {
        printWarnings((w) => w.file === e.file);
        streams.err.write(`${c.red(formatError(e.error, opts.debug, shown(e.file)))}\n`);
      }
    },
    /** The closing line: decks built, failures, warnings, total time. */
    summary(result: BuildResult): void {
      printWarnings(() => true);
      flush();
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      const n = result.built.length;
      const warned = warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
      // One failed deck already printed its one-line error; a count only helps with several decks.
      if (result.failed.length && result.failed.length + n === 1) return;
      if (found.length) say(o.dim(`decks found: ${listFiles(found)}`));
      if (result.failed.length) {
        streams.err.write(
          `${c.red(`${result.failed.length} of ${result.failed.length + n} decks failed`)}; earlier outputs of those decks were left as they were${warned}\n`,
        );
      } else say(`${o.green('✓')} built ${n} deck${n === 1 ? '' : 's'} in ${secs} s${warned}`);
    },
  };
}

/** Up to eight file names, then how many more. */
function listFiles(files: string[]): string {
  // A name holding a line break split the line (`decks found: a⏎b.md`): written out as errors write it.
  const names = files
    .slice(0, 8)
    .map((f) => printable(shown(f)))
    .join(', ');
  return files.length > 8 ? `${names} and ${files.length - 8} more` : names;
}

/** `check`'s lines: one per finding, then a count (or only the error lines with --quiet). */
export function formatCheckReport(
  result: {
    files: string[];
    decks?: { file: string; read: string }[];
    findings: { file: string; line: number; level: 'error' | 'warning'; code?: string; message: string }[];
    errors: number;
    warnings: number;
  },
  verbosity: Verbosity,
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): string {
  const c = palette(colorEnabled(stream, env));
  // Errors one line each, first; warnings folded by kind (foldWarnings), unless --verbose.
  const warnings = result.findings.filter((f) => f.level === 'warning') as WarningLine[];
  const folded = new Map(
    (verbosity === 'quiet' ? [] : foldWarnings(warnings, verbosity === 'verbose', c.yellow('warning'), c.dim)).map((l) => [warnings[l.at], l.text]),
  );
  // Errors one line each, never folded; a folded line of warnings stands where its first one was.
  const lines = result.findings.flatMap((f) =>
    f.level === 'error'
      ? [`${printable(f.file)}:${f.line}: ${c.red('error')}: ${printable(f.message)}`]
      : folded.has(f as WarningLine)
        ? [folded.get(f as WarningLine)!]
        : [],
  );
  if (verbosity !== 'quiet') {
    for (const d of result.decks ?? []) lines.push(`${printable(d.file)}: ${c.dim(readingLine(d.read))}`);
    const n = result.files.length;
    const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    const tally = `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} in ${plural(n, 'deck')}`;
    lines.push(result.errors ? c.red(tally) : result.warnings ? c.yellow(tally) : `${c.green('✓')} ${tally}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
