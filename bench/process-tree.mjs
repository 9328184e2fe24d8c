// Runs one command and measures it as a user feels it: wall time and the peak memory of the
// whole process tree (the command and every process it starts, Chromium's included).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
/** Clock ticks per second of /proc/pid/stat's times (USER_HZ, 100 on Linux). */
const HZ = 100;
/** How often /proc is sampled; a peak shorter than this can be missed. */
export const SAMPLE_MS = 50;
/**
 * PSS is read on every tenth sample only: smaps_rollup walks each process's page tables, and
 * reading it every 50 ms for a dozen Chromium processes slowed a 100 s build by 15 %.
 */
const PSS_EVERY = 10;

/** pid → { ppid, cpu seconds so far } for every process now running. */
function processes() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/pid/stat, after the parenthesised command name (which may hold spaces).
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields 14 and 15 (utime, stime) are at 11 and 12 once pid and name are cut off.
      map.set(Number(name), { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / HZ });
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** The pid and all its descendants, with the CPU seconds each has used. */
function tree(root) {
  const map = processes();
  const children = new Map();
  for (const [pid, { ppid }] of map) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out = [];
  for (const stack = [root]; stack.length;) {
    const pid = stack.pop();
    out.push({ pid, cpu: map.get(pid)?.cpu ?? 0 });
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * Resident memory of the tree (the plain sum of RSS, shared pages counted in each process, and
 * PSS) and each process's CPU seconds so far (kept per pid: a process that ends keeps its last).
 */
export function sampleTree(root, cpuByPid, withPss = true) {
  let rss = 0;
  let pss = 0;
  for (const { pid, cpu } of tree(root)) {
    cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, cpu));
    try {
      rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      if (!withPss) continue;
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) pss += Number(m[1]) * 1024;
    } catch {
      // Gone between listing and reading.
    }
  }
  return { rss, pss };
}

/**
 * Runs `cmd args` to the end; resolves with wall ms, CPU seconds (all processes of the tree,
 * as last sampled: CPU is what load from other work does not inflate), peak RSS and PSS (bytes),
 * exit code and output. Rejects when it exits non-zero (a benchmark of a failure is no benchmark).
 * With `limitMs`, a command still running then is killed with its whole process group and resolves
 * with `stopped: true` (ms is then the limit, a lower bound): Chromium printing a very long
 * document on its own has been seen to sit idle for half an hour without writing its PDF.
 */
export function measure(cmd, args, { limitMs, ...opts } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // In a process group of its own when it may have to be stopped: Chromium's helpers go with it.
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(limitMs ? { detached: true } : {}), ...opts });
    let stopped = false;
    const limit =
      limitMs &&
      setTimeout(() => {
        stopped = true;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Ended just now.
        }
      }, limitMs);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let peakRss = 0;
    let peakPss = 0;
    const cpuByPid = new Map();
    let samples = 0;
    const sample = () => {
      const { rss, pss } = sampleTree(child.pid, cpuByPid, samples++ % PSS_EVERY === 0);
      peakRss = Math.max(peakRss, rss);
      peakPss = Math.max(peakPss, pss);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    sample();
    child.on('error', (err) => {
      clearInterval(timer);
      clearTimeout(limit);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      clearTimeout(limit);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const cpu = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      if (stopped) return resolve({ ms, cpu, peakRss, peakPss, stdout, stderr, stopped });
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`));
      resolve({ ms, cpu, peakRss, peakPss, stdout, stderr });
    });
  });
}
