import { StudyguideError, type ErrorKind } from '../errors.js';

/** An error as plain data: structured cloning keeps an Error's message but drops our fields. */
export interface WireError {
  message: string;
  stack?: string;
  studyguide?: { kind: ErrorKind; code: string; hint: string; file?: string; line?: number };
}

/** Flattens any thrown value for postMessage. */
export function toWire(error: unknown): WireError {
  if (error instanceof StudyguideError)
    return {
      message: error.message,
      stack: error.stack,
      studyguide: { kind: error.kind, code: error.code, hint: error.hint, file: error.file, line: error.line },
    };
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

/** The error again on this side, a StudyguideError when it was one (so it prints as file:line). */
export function fromWire(wire: WireError): Error {
  const error = wire.studyguide ? new StudyguideError(wire.message, wire.studyguide) : new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
