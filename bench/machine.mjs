// A description of the machine the numbers come from, for BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const run = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

/** CPU, cores, memory, OS, Node and Chromium versions, load average. */
export function describeMachine(browser) {
  const osRelease = /PRETTY_NAME="?([^"\n]*)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${osRelease}, Linux ${os.release()}`,
    node: process.version,
    chromium: run(browser, ['--version']),
    load: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  };
}

/** The load average now, as "1 min, 5 min, 15 min". */
export const loadNow = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
