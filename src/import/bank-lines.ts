import { StudyguideError } from '../errors.js';
import type { Diagnostic } from '../model/deck.js';

// An import writes a bank as markdown and reads that text as a deck: what the reading finds is at
// lines of the written text (`bank.csv:7:` in a two-line file). Mapped back here to the bank's own lines.

/** Where a line of the written text came from: the bank's line and, for JSON (no line per entry), the entry. */
export interface Origin {
  line: number;
  entry?: number;
}

/** A line of the written text → where it came from in the bank. */
export type LineMap = (line: number) => Origin;

/** Texts, each with its origin, joined by line ends: the text, and each of its lines' origin (one text may hold several lines). */
export function joinWithOrigins(parts: readonly (readonly [string, Origin])[]): { markdown: string; origins: Origin[] } {
  const origins: Origin[] = [];
  for (const [text, origin] of parts) for (let at = 0; at >= 0; at = text.indexOf('\n', at) + 1 || -1) origins.push(origin);
  return { markdown: parts.map(([text]) => text).join('\n'), origins };
}

/** The map of joinWithOrigins' origins (a line past them: the last one's). */
export const originMap =
  (origins: readonly Origin[]): LineMap =>
  (line) =>
    origins[Math.min(line, origins.length) - 1] ?? { line };

/**
 * A line of the rewritten deck → the line of the text it was written from, by the question it falls
 * under: that question's heading line there, plus how far under it (kept above the next question).
 * `written` and `read` are the question headings' lines in each, in order.
 */
export function questionLineMap(written: readonly number[], read: readonly (number | undefined)[]): (line: number) => number {
  return (line) => {
    let i = written.length - 1;
    while (i >= 0 && written[i] > line) i--;
    if (i < 0) return Math.max(1, (read[0] ?? line) - ((written[0] ?? line) - line));
    const start = read[i] ?? line;
    const next = read.slice(i + 1).find((l) => l !== undefined);
    return Math.min(start + (line - written[i]), next === undefined ? Infinity : Math.max(start, next - 1));
  };
}

/** The diagnostic at the bank's line (naming the entry of a JSON bank); another file's as it is. */
export function placedDiagnostic(d: Diagnostic, file: string, map: LineMap): Diagnostic {
  if (d.file !== file || !d.line) return d;
  const { line, entry } = map(d.line);
  return { ...d, line, message: entry ? `entry ${entry}: ${d.message}` : d.message };
}

/** The error at the bank's line, as placedDiagnostic places a diagnostic; any other error as it is. */
export function placedError(err: unknown, file: string, map: LineMap): unknown {
  if (!(err instanceof StudyguideError) || err.file !== file || !err.line) return err;
  const { line, entry } = map(err.line);
  return new StudyguideError(entry ? `entry ${entry}: ${err.message}` : err.message, { kind: err.kind, code: err.code, hint: err.hint, file, line });
}
