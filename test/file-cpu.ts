import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';

// A setup file of both projects, at work when STUDYGUIDE_FILE_CPU names a folder: before each
// test file it notes the worker's CPU (its own and its ended children's: spawned CLIs) and the
// clock; when the file ends it appends one line to <folder>/files.jsonl. Chromium's renderers
// belong to the browser, not the worker: not counted here. Linux only (/proc).

/** Seconds of CPU of this process and its waited-for children, from /proc. */
function cpuSeconds(): { own: number; children: number } {
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After the name: state is [0], so utime is [11], stime [12], cutime [13], cstime [14] (clock ticks of 1/100 s).
  const n = (i: number) => Number(fields[i]) / 100;
  return { own: n(11) + n(12), children: n(13) + n(14) };
}

const dir = process.env.STUDYGUIDE_FILE_CPU;
if (dir) {
  const start = cpuSeconds();
  const started = Date.now();
  // eslint-disable-next-line no-empty-pattern -- vitest reads the first argument's pattern; the file is the second
  afterAll(({}, suite) => {
    const end = cpuSeconds();
    const file = path.relative(process.cwd(), (suite as { file?: { filepath: string } }).file?.filepath ?? 'unknown');
    const line = {
      file,
      own: +(end.own - start.own).toFixed(2),
      children: +(end.children - start.children).toFixed(2),
      wall: (Date.now() - started) / 1000,
      at: started,
      pid: process.pid,
    };
    appendFileSync(path.join(dir, 'files.jsonl'), `${JSON.stringify(line)}\n`);
  });
}
