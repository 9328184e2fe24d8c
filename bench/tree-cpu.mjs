// CPU of a process tree over a stretch of time, for benchmarks of long-running commands (watch).
// Counted per process and never subtracted: a sum over the processes alive now drops when one
// ends (a Chromium renderer after a print), which made a save's CPU read as -953 ms.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/pid/stat's times (USER_HZ, 100 on Linux). */
const HZ = 100;

/**
 * Each process of the tree under `root` (itself included) now: `key` is pid and start time (a pid
 * used again later is another process), `cpuMs` its user + system time, with that of its threads
 * that have ended (the kernel keeps those in the process's own figure). Empty without /proc.
 */
export function treeTimes(root) {
  const all = [];
  let names;
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the parenthesised command name (which may hold spaces): ppid is field 4,
      // utime and stime fields 14 and 15, starttime field 22.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.push({ pid: Number(name), ppid: Number(f[1]), key: `${name}:${f[19]}`, cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / HZ });
    } catch {
      // Ended while we looked.
    }
  }
  const inTree = new Set([root]);
  // Parents are listed before their children almost always; go round until nothing is added.
  for (let added = true; added;) {
    added = false;
    for (const p of all) if (!inTree.has(p.pid) && inTree.has(p.ppid)) added = inTree.add(p.pid) !== undefined;
  }
  return all.filter((p) => inTree.has(p.pid)).map(({ pid, key, cpuMs }) => ({ pid, key, cpuMs }));
}

/** Notes a sample in `seen` (key → { pid, cpuMs }): each process keeps the most CPU seen of it, so one that has ended keeps its last. */
export function addSample(seen, sample) {
  for (const { pid, key, cpuMs } of sample) {
    const known = seen.get(key);
    if (!known || known.cpuMs < cpuMs) seen.set(key, { pid, cpuMs });
  }
  return seen;
}

/** The CPU ms of the processes seen, those `pick(pid)` chooses (all without it). */
export function cpuSum(seen, pick = () => true) {
  let ms = 0;
  for (const { pid, cpuMs } of seen.values()) if (pick(pid)) ms += cpuMs;
  return ms;
}

/**
 * Samples the tree under `root` every `everyMs` until stop(); read() gives the CPU ms so far of
 * the root process alone and of its descendants. A process that lives less than `everyMs`
 * between two samples can be missed.
 */
export function watchTreeCpu(root, everyMs = 100) {
  const seen = new Map();
  const sample = () => addSample(seen, treeTimes(root));
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    read() {
      sample();
      return { own: cpuSum(seen, (pid) => pid === root), children: cpuSum(seen, (pid) => pid !== root) };
    },
    stop: () => clearInterval(timer),
  };
}
