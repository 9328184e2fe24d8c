import { readdirSync, readFileSync } from 'node:fs';
import { processTree as descendantsAndSelf } from '../../src/print/browser-watchdog.js';

/** A running process as /proc shows it. */
export interface Proc {
  pid: number;
  ppid: number;
  /** Start time in clock ticks since boot: with the pid, names one process even if pids are reused. */
  start: string;
  cmdline: string;
  /** CPU time used so far (user + system), in clock ticks: a process whose count grows is at work. */
  cpu: number;
}

/** The process of that pid as /proc shows it, or undefined once it is gone. */
function processOf(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    return { pid, ppid: Number(fields[1]), start: fields[19], cmdline, cpu: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // gone already
  }
}

/** Every process on the machine (those that vanish while reading are skipped). */
export function processes(): Proc[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => processOf(Number(name)) ?? []);
}

/**
 * The process's descendants, found through its children (the build's own watchdog reads them so):
 * the tests poll it every 50 ms, and reading every process of a busy machine took 7 ms each time.
 */
export function processTree(rootPid: number): Proc[] {
  return descendantsAndSelf(rootPid)
    .slice(1)
    .flatMap((pid) => processOf(pid) ?? []);
}

/** Those of `procs` still running (same pid and start time). */
export function stillRunning(procs: Proc[]): Proc[] {
  return procs.filter((p) => processOf(p.pid)?.start === p.start);
}

/** Polls until check() is true or ms have passed; returns the last result. */
export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}
