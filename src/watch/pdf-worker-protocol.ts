import type { BuildEvent, BuildOptions } from '../model/build-options.js';
import { fromWire, toWire, type WireError } from '../parse-thread/wire-error.js';

export { fromWire, toWire, type WireError } from '../parse-thread/wire-error.js';
import type { Drawing } from '../print/draw-diagrams.js';

/** What the watch process asks the PDF worker. */
export type WorkerRequest = { type: 'build'; id: number; opts: BuildOptions } | { type: 'draw'; id: number; sources: string[] } | { type: 'close'; id: number };

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

/** A build event made safe to post (its error flattened). */
export function eventToWire(event: BuildEvent): BuildEvent {
  return event.type === 'deck-failed' ? { ...event, error: toWire(event.error) } : event;
}

/** A posted build event back in usable form. */
export function eventFromWire(event: BuildEvent): BuildEvent {
  return event.type === 'deck-failed' ? { ...event, error: fromWire(event.error as WireError) } : event;
}
