import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';

// STUDYGUIDE_TIMELINE=1: every step of a build says when it starts and ends, on stderr, in ms
// since the process started (`timeline 1234.5 infrastructure-engineer guide: print start`), to
// read a build's critical path from. Off, a mark is one test of a constant.

const on = Boolean(process.env.STUDYGUIDE_TIMELINE);
/** The deck a step works for, and the job, carried through its awaits (only while the timeline is on). */
const deckOf = on ? new AsyncLocalStorage<string>() : undefined;
// The parser's thread counts from the process's start too (a thread's own clock starts with it).
const ORIGIN_KEY = 'STUDYGUIDE_TIMELINE_ORIGIN';
const origin = Number(process.env[ORIGIN_KEY]) || performance.timeOrigin;
if (on) process.env[ORIGIN_KEY] ??= String(origin);

/** Notes that `what` happens now, under the deck whose work this is (`scopeDeck`). */
export function mark(what: string): void {
  if (!on) return;
  process.stderr.write(`timeline ${(performance.timeOrigin + performance.now() - origin).toFixed(1)} ${deckOf?.getStore() ?? '-'} ${what}\n`);
}

/** Runs fn with its marks under `deck` (within a deck's scope: under the deck and this job). */
export function scopeDeck<T>(deck: string, fn: () => T): T {
  const outer = deckOf?.getStore();
  return deckOf ? deckOf.run(outer ? `${outer}/${deck}` : deck, fn) : fn();
}

/** Marks the start and end of an awaited step. */
export async function span<T>(what: string, fn: () => Promise<T>): Promise<T> {
  if (!on) return fn();
  mark(`${what} start`);
  try {
    return await fn();
  } finally {
    mark(`${what} end`);
  }
}
