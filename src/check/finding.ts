import type { DiagnosticCode } from '../model/diagnostic-codes.js';
import type { Diagnostic } from '../model/deck.js';
import { StudyguideError } from '../errors.js';

/** One thing `check` found in a deck, at a line. */
export interface Finding {
  file: string;
  line: number;
  level: 'error' | 'warning';
  /** Stable name of the rule (`duplicate-question`, `missing-file`, …; all in model/diagnostic-codes.ts), for --json users. */
  code: DiagnosticCode;
  message: string;
}

/** Findings in file and line order (errors before warnings on the same line). */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
}

/**
 * A deck's error as a finding: `check` reports it and goes on with the next deck. Kept here, not
 * with the parser's checks, so the build's calling thread uses it without loading the parser.
 */
export function errorFinding(err: unknown, file: string): Finding {
  if (!(err instanceof StudyguideError)) throw err;
  // A folder's index or read-me is left out, not failed: the decks beside it still build.
  const [level, code] = err.code === 'not-a-deck' ? (['warning', 'not-a-deck'] as const) : (['error', 'invalid-deck'] as const);
  return { file: err.file ?? file, line: err.line ?? 1, level, code, message: `${err.message}${err.hint ? ` — ${err.hint}` : ''}` };
}

/** A finding as the build's diagnostic (the shape build events carry). */
export const asDiagnostic = (f: Finding): Diagnostic => ({ file: f.file, line: f.line, severity: f.level, code: f.code, message: f.message });
