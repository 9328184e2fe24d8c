import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { clockCheck, threadCpuMs, WALL_FACTOR } from '../../src/parse-thread/parse-clock.js';

// A deck's parse is timed by its thread's CPU time (src/parse-thread/parse-clock.ts): a 5,000-question
// deck on a loaded machine was stopped by a wall-clock limit while it was still progressing.
describe("the clock of a deck's parse", () => {
  const limit = 335_000;

  it('lets a parse run on while its thread has used less CPU than the limit, however long it has taken', () => {
    // 28 s of CPU in 340 s of wall time: the 5,000-question deck on a machine with a load of 14.
    expect(clockCheck(limit, 340_000, 28_000)).toBe(limit - 28_000);
    expect(clockCheck(limit, limit * 5, 300_000)).toBe(35_000);
  });

  it('stops a parse whose thread has used its limit in CPU (a parse stuck in a loop)', () => {
    expect(clockCheck(limit, limit, limit)).toBe('over');
    expect(clockCheck(limit, limit * 3, limit + 10)).toBe('over');
  });

  it('stops a parse that has run WALL_FACTOR times its limit in wall time without using it (stuck waiting)', () => {
    expect(clockCheck(limit, limit * WALL_FACTOR, 1_000)).toBe('over');
    // Never waits past that point before looking again.
    expect(clockCheck(limit, limit * WALL_FACTOR - 100, 1_000)).toBe(100);
  });

  it('falls back to the wall clock where the thread CPU time cannot be read', () => {
    expect(clockCheck(limit, limit, undefined)).toBe('over');
    expect(clockCheck(limit, limit - 5_000, undefined)).toBe(5_000);
  });

  // The worker stays alive until terminated: one that ended after posting had its stat file gone
  // before the read on a loaded machine (threadCpuMs gave undefined).
  it('reads a thread of its own: a worker reports its stat file, whose CPU time is a number', async () => {
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads'); const { readlinkSync } = require('node:fs');
       parentPort.postMessage('/proc/' + readlinkSync('/proc/thread-self') + '/stat');
       setInterval(() => {}, 60_000);`,
      { eval: true },
    );
    const statFile = await new Promise<string>((resolve) => worker.once('message', resolve));
    expect(statFile).toMatch(/^\/proc\/\d+\/task\/\d+\/stat$/);
    expect(statFile).not.toBe(`/proc/${process.pid}/task/${process.pid}/stat`);
    expect(threadCpuMs(statFile)).toBeGreaterThanOrEqual(0);
    await worker.terminate();
    expect(threadCpuMs('/proc/no-such/stat')).toBeUndefined();
  });
});
