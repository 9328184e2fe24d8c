import { readdirSync, readFileSync } from 'node:fs';

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

/** Every process on the machine (those that vanish while reading are skipped). */
export function processes(): Proc[] {
  const list: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      list.push({ pid: Number(name), ppid: Number(fields[1]), start: fields[19], cmdline, cpu: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone already
    }
  }
  return list;
}

/** The process and all its descendants. */
export function processTree(rootPid: number, all = processes()): Proc[] {
  const tree: Proc[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    for (const p of all)
      if (p.ppid === pid) {
        tree.push(p);
        queue.push(p.pid);
      }
  }
  return tree;
}

/** Those of `procs` still running (same pid and start time). */
export function stillRunning(procs: Proc[]): Proc[] {
  const now = new Map(processes().map((p) => [p.pid, p.start]));
  return procs.filter((p) => now.get(p.pid) === p.start);
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
