import type { BuildEvent, BuildOptions } from '../model/build-options.js';
import { StudyguideError, type ErrorKind } from '../errors.js';
import type { Drawing } from '../print/draw-diagrams.js';

/** What the watch process asks the PDF worker. */
export type WorkerRequest =
  | { type: 'build'; id: number; opts: BuildOptions }
  | { type: 'draw'; id: number; sources: string[] }
  | { type: 'close'; id: number };

/** What the worker answers: build events as they happen, then one `done` or `failed`. */
export type WorkerReply =
  | { type: 'event'; id: number; event: BuildEvent }
  | { type: 'done'; id: number; value: WorkerBuildResult | [string, Drawing][] | null }
  | { type: 'failed'; id: number; error: WireError };

/** A build result whose errors crossed the thread boundary. */
export interface WorkerBuildResult {
  built: string[];
  failed: { file: string; error: WireError }[];
}

/** An error as plain data: structured cloning keeps an Error's message but drops our fields. */
export interface WireError {
  message: string;
  stack?: string;
  studyguide?: { kind: ErrorKind; hint: string; file?: string; line?: number };
}

/** Flattens any thrown value for postMessage. */
export function toWire(error: unknown): WireError {
  if (error instanceof StudyguideError) return { message: error.message, stack: error.stack, studyguide: { kind: error.kind, hint: error.hint, file: error.file, line: error.line } };
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

/** The error again on this side, a StudyguideError when it was one (so it prints as file:line). */
export function fromWire(wire: WireError): Error {
  const error = wire.studyguide ? new StudyguideError(wire.message, wire.studyguide) : new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}

/** A build event made safe to post (its error flattened). */
export function eventToWire(event: BuildEvent): BuildEvent {
  return event.type === 'deck-failed' ? { ...event, error: toWire(event.error) } : event;
}

/** A posted build event back in usable form. */
export function eventFromWire(event: BuildEvent): BuildEvent {
  return event.type === 'deck-failed' ? { ...event, error: fromWire(event.error as WireError) } : event;
}
