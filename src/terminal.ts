import path from 'node:path';
import type { BuildEvent, BuildResult } from './build.js';
import { StudyguideError } from './errors.js';

/** How much the CLI says: `quiet` only errors, `verbose` also settings and every warning's code. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

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

/** A path as the user would like to read it. */
const shown = (p: string) => path.relative(process.cwd(), p) || p;

export function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1048576).toFixed(1)} MB`;
}

/** One line for any error: `error: file:line: message — hint`; a stack only with --debug. */
export function formatError(error: unknown, debug = false): string {
  if (error instanceof StudyguideError) return `error: ${error.format()}`;
  if (debug && error instanceof Error) return `error: ${error.stack}`;
  const message = error instanceof Error ? error.message : String(error);
  return `error: ${message.split('\n')[0]} — run with --debug for details`;
}

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
  const say = (line: string) => verbosity !== 'quiet' && streams.out.write(`${line}\n`);
  // A deck's files arrive together once the deck is done; they are held until the next deck (or
  // the end) so the deck's line can carry its file count and time.
  let deck: { name: string; dir: string; lines: string[]; ms: number; cached: boolean } | undefined;
  // What each deck's file held (layout and counts), printed under the deck's line.
  const readings = new Map<string, string>();
  const flush = () => {
    if (!deck) return;
    const files = `${deck.lines.length} file${deck.lines.length === 1 ? '' : 's'}`;
    const time = deck.cached ? 'unchanged' : `${(deck.ms / 1000).toFixed(1)} s`;
    say(`${o.bold(deck.name)} ${o.dim(`→ ${deck.dir}/`)}  ${o.dim(`${files}, ${time}`)}`);
    const read = readings.get(deck.name);
    if (read) say(`  ${o.dim(`read: ${read}`)}`);
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
        if (deck?.name !== name) {
          flush();
          deck = { name, dir: shown(path.dirname(e.file)), lines: [], ms: 0, cached: true };
        }
        const pages = e.pages !== undefined ? `${e.pages} page${e.pages === 1 ? '' : 's'}` : '';
        const cached = !!(e as { cached?: boolean }).cached; // set when the build cache replayed the file
        const time = cached ? 'unchanged' : e.ms ? `${(e.ms / 1000).toFixed(1)} s` : '';
        deck.ms += cached ? 0 : e.ms;
        deck.cached &&= cached;
        deck.lines.push(`  ${path.basename(e.file).padEnd(20)} ${pages.padStart(9)} ${formatBytes(e.bytes).padStart(9)}  ${o.dim(time)}`);
      } else if (e.type === 'warning') {
        warnings++;
        if (verbosity === 'quiet') return;
        const d = e.diagnostic;
        const code = verbosity === 'verbose' ? c.dim(` [${d.code}]`) : '';
        streams.err.write(`${d.file}:${d.line}: ${c.yellow('warning')}: ${d.message}${code}\n`);
      } else if (e.type === 'read') {
        readings.set(e.deck, e.summary);
      } else if (e.type === 'deck-failed') {
        streams.err.write(`${c.red(formatError(e.error, opts.debug))}\n`);
      }
    },
    /** The closing line: decks built, failures, warnings, total time. */
    summary(result: BuildResult): void {
      flush();
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      const n = result.built.length;
      const warned = warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
      // One failed deck already printed its one-line error; a count only helps with several decks.
      if (result.failed.length && result.failed.length + n === 1) return;
      if (result.failed.length) {
        streams.err.write(`${c.red(`${result.failed.length} of ${result.failed.length + n} decks failed`)}; earlier outputs of those decks were left as they were${warned}\n`);
      } else say(`${o.green('✓')} built ${n} deck${n === 1 ? '' : 's'} in ${secs} s${warned}`);
    },
  };
}

/** `check`'s lines: one per finding, then a count (or only the error lines with --quiet). */
export function formatCheckReport(
  result: { files: string[]; findings: { file: string; line: number; level: 'error' | 'warning'; message: string }[]; errors: number; warnings: number },
  verbosity: Verbosity,
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): string {
  const c = palette(colorEnabled(stream, env));
  const shownFindings = verbosity === 'quiet' ? result.findings.filter((f) => f.level === 'error') : result.findings;
  const lines = shownFindings.map((f) => `${f.file}:${f.line}: ${f.level === 'error' ? c.red('error') : c.yellow('warning')}: ${f.message}`);
  if (verbosity !== 'quiet') {
    const n = result.files.length;
    const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    const tally = `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} in ${plural(n, 'deck')}`;
    lines.push(result.errors ? c.red(tally) : result.warnings ? c.yellow(tally) : `${c.green('✓')} ${tally}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
