import type { DiagnosticCode } from '../model/diagnostic-codes.js';
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
