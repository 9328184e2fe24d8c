import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';

// A setup file of both projects, at work when STUDYGUIDE_FILE_CPU names a folder: before each
// test file it notes the worker's CPU (its own and its ended children's: spawned CLIs) and the
// clock; when the file ends it appends one line to <folder>/files.jsonl. Chromium's renderers
// belong to the browser, not the worker: counted apart as `browser`, the CPU of the shared
// Chromium's whole tree (a Chromium child of the worker's parent, the vitest process) over the
// file's time; with two workers, the other's file adds to it too. Linux only (/proc).

/** Seconds of CPU of this process and its waited-for children, from /proc. */
function cpuSeconds(): { own: number; children: number } {
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After the name: state is [0], so utime is [11], stime [12], cutime [13], cstime [14] (clock ticks of 1/100 s).
  const n = (i: number) => Number(fields[i]) / 100;
  return { own: n(11) + n(12), children: n(13) + n(14) };
}

/** pid → CPU seconds as last seen, of the shared Chromium's processes: one that ends keeps its last (a closed page's renderer). */
const browserCpu = new Map<number, number>();

/** Samples the CPU of the Chromium processes started by this worker's parent and of their descendants; returns the sum so far. */
function browserSeconds(): number {
  const procs = new Map<number, { ppid: number; name: string; cpu: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(entry), { ppid: Number(fields[1]), name, cpu: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // The process ended while it was read.
    }
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of procs) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const roots = (children.get(process.ppid) ?? []).filter((pid) => /chrom/i.test(procs.get(pid)?.name ?? ''));
  for (const stack = [...roots]; stack.length;) {
    const pid = stack.pop() as number;
    browserCpu.set(pid, Math.max(browserCpu.get(pid) ?? 0, procs.get(pid)?.cpu ?? 0));
    stack.push(...(children.get(pid) ?? []));
  }
  return [...browserCpu.values()].reduce((a, b) => a + b, 0);
}

const dir = process.env.STUDYGUIDE_FILE_CPU;
if (dir) {
  const start = cpuSeconds();
  const browserStart = browserSeconds();
  // Sampled while the file runs: a renderer that ends between two samples loses only its last half second.
  const sampler = setInterval(browserSeconds, 500);
  sampler.unref();
  const started = Date.now();
  // eslint-disable-next-line no-empty-pattern -- vitest reads the first argument's pattern; the file is the second
  afterAll(({}, suite) => {
    clearInterval(sampler);
    const end = cpuSeconds();
    const file = path.relative(process.cwd(), (suite as { file?: { filepath: string } }).file?.filepath ?? 'unknown');
    const line = {
      file,
      own: +(end.own - start.own).toFixed(2),
      children: +(end.children - start.children).toFixed(2),
      browser: +(browserSeconds() - browserStart).toFixed(2),
      wall: (Date.now() - started) / 1000,
      at: started,
      pid: process.pid,
    };
    appendFileSync(path.join(dir, 'files.jsonl'), `${JSON.stringify(line)}\n`);
  });
}
