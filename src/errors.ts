/** Exit codes: 1 = bad input (the user can fix the deck or the flags), 2 = broken environment, 130 = aborted. */
export type ErrorKind = 'input' | 'environment' | 'aborted';

/** The one error type the CLI prints: a message (with file:line when known) and a hint. */
export class StudyguideError extends Error {
  readonly kind: ErrorKind;
  /** A stable name for code that catches the error (`no-browser`, `aborted`, …); the kind when none was given. */
  readonly code: string;
  readonly hint: string;
  readonly file?: string;
  readonly line?: number;

  constructor(message: string, opts: { kind?: ErrorKind; code?: string; hint?: string; file?: string; line?: number } = {}) {
    super(message);
    this.name = 'StudyguideError';
    this.kind = opts.kind ?? 'input';
    this.code = opts.code ?? this.kind;
    this.hint = opts.hint ?? '';
    this.file = opts.file;
    this.line = opts.line;
  }

  /** Process exit code for this error. */
  get exitCode(): number {
    return this.kind === 'environment' ? 2 : this.kind === 'aborted' ? 130 : 1;
  }

  /** `file:line: message — hint`, the one line the user sees. */
  format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}${this.hint ? ` — ${this.hint}` : ''}`;
  }
}

/** A content error anchored at a place in a deck file. */
export function contentError(file: string, line: number | undefined, message: string, hint: string): StudyguideError {
  return new StudyguideError(message, { kind: 'input', file, line, hint });
}

/** A problem with the machine (no browser, browser crash), exit code 2. */
export function environmentError(message: string, hint: string, code?: string): StudyguideError {
  return new StudyguideError(message, { kind: 'environment', hint, code });
}

/** The error a build stopped through its AbortSignal ends with. */
export function abortedError(): StudyguideError {
  return new StudyguideError('build aborted', {
    kind: 'aborted',
    code: 'aborted',
    hint: 'outputs written before the abort were kept; nothing was half-written',
  });
}
