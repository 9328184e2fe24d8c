import { readFileSync, readlinkSync } from 'node:fs';

/*
 * A deck's parse is timed by the CPU its thread uses, not by the wall clock: on a machine with a
 * load of 14 a 5,000-question deck that parses in 28 s of CPU took over 335 s of wall time (its
 * size-scaled limit) beside the browser and was stopped, though it was progressing all along. The
 * thread's CPU time grows only while it works, so load does not count against the deck, and a
 * parse stuck in a loop still reaches the limit. Where a thread's CPU time cannot be read (not
 * Linux), the wall clock stands in.
 */

/** A parse whose thread has used less than its limit after this many times the limit in wall time is stopped anyway: stuck waiting, not working. */
export const WALL_FACTOR = 10;

/** Shortest wait between two readings of the thread's clock. */
const MIN_RECHECK_MS = 50;

/**
 * The rule: 'over' when the parse has used its limit (`cpuMs`, or `wallMs` when the thread's CPU
 * time is unknown) or has run WALL_FACTOR times the limit in wall time; else how long to wait
 * before looking again. A thread uses at most one millisecond of CPU per millisecond of wall
 * time, so it cannot reach the limit sooner than that.
 */
export function clockCheck(limitMs: number, wallMs: number, cpuMs: number | undefined): number | 'over' {
  const used = cpuMs ?? wallMs;
  const wallLimit = cpuMs === undefined ? limitMs : limitMs * WALL_FACTOR;
  if (used >= limitMs || wallMs >= wallLimit) return 'over';
  return Math.max(MIN_RECHECK_MS, Math.min(limitMs - used, wallLimit - wallMs));
}

/** The calling thread's /proc stat file (its own CPU time), from inside the thread; undefined off Linux. */
export function ownStatFile(): string | undefined {
  try {
    return `/proc/${readlinkSync('/proc/thread-self')}/stat`;
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on every Linux build Node runs on). */
const HZ = 100;

/** CPU milliseconds (user + system) a thread has used, from its stat file; undefined when it cannot be read. */
export function threadCpuMs(statFile: string | undefined): number | undefined {
  if (!statFile) return undefined;
  try {
    const stat = readFileSync(statFile, 'utf8');
    // utime and stime are fields 14 and 15: 11 and 12 after the parenthesised name (which may hold spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / HZ : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Watches one parse against its limit: calls `onOver` once the rule says so, reading the thread's
 * CPU time only when it could have reached the limit. `stop()` ends the watch.
 */
export function watchParse(limitMs: number, statFile: string | undefined, onOver: () => void): { stop(): void } {
  const startWall = Date.now();
  const startCpu = threadCpuMs(statFile);
  let timer: NodeJS.Timeout;
  const check = () => {
    const cpu = threadCpuMs(statFile);
    const next = clockCheck(limitMs, Date.now() - startWall, cpu === undefined || startCpu === undefined ? undefined : cpu - startCpu);
    if (next === 'over') onOver();
    else timer = setTimeout(check, next);
  };
  timer = setTimeout(check, limitMs);
  return { stop: () => clearTimeout(timer) };
}
