import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { addSample, cpuSum, watchTreeCpu } from '../../bench/tree-cpu.mjs';

// The watch benchmark's CPU per save was the sum over the threads alive at each end of the save:
// a thread or process that ended meanwhile took its CPU with it and the figure went negative
// (-953 ms). bench/tree-cpu.mjs counts each process by itself and never subtracts.
describe('bench/tree-cpu.mjs', () => {
  it('keeps the CPU of a process that has ended: the sum never drops', () => {
    const seen = new Map<string, { pid: number; cpuMs: number }>();
    addSample(seen, [
      { pid: 1, key: '1:10', cpuMs: 100 },
      { pid: 2, key: '2:20', cpuMs: 50 },
    ]);
    expect(cpuSum(seen)).toBe(150);
    // Process 2 ended; 1 went on.
    addSample(seen, [{ pid: 1, key: '1:10', cpuMs: 120 }]);
    expect(cpuSum(seen)).toBe(170);
    expect(cpuSum(seen, (pid) => pid === 1)).toBe(120);
    expect(cpuSum(seen, (pid) => pid !== 1)).toBe(50);
  });

  it('counts a pid used again by a later process as another process', () => {
    const seen = new Map<string, { pid: number; cpuMs: number }>();
    addSample(seen, [{ pid: 7, key: '7:100', cpuMs: 80 }]);
    addSample(seen, [{ pid: 7, key: '7:900', cpuMs: 10 }]);
    expect(cpuSum(seen)).toBe(90);
  });

  it("reads a real tree: a child's and a thread's CPU stay counted after they end", async () => {
    // A root that runs a busy worker thread, then a busy child process, and says when each ended.
    // A fixed amount of work, not a time: on a loaded machine a thread spinning 300 ms of wall time gets less CPU.
    const spin = 'let x = 0; for (let i = 0; i < 5e7; i++) x += i % 7; if (x < 0) console.log(x);';
    const root = spawn(
      process.execPath,
      [
        '-e',
        `const { Worker } = require('node:worker_threads');
         const { spawn } = require('node:child_process');
         new Worker(${JSON.stringify(spin)}, { eval: true }).on('exit', () => {
           const { user, system } = process.cpuUsage();
           console.log('thread ended ' + Math.floor((user + system) / 1000) + ' ms');
           spawn(process.execPath, ['-e', ${JSON.stringify(spin)}]).on('exit', () => console.log('child ended'));
         });
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    root.stdout.setEncoding('utf8');
    const said = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => out.includes(text) && resolve();
        root.stdout.on('data', (chunk: string) => {
          out += chunk;
          check();
        });
        check();
      });
    const meter = watchTreeCpu(root.pid!, 20);
    try {
      await said(' ms\n');
      const afterThread = meter.read();
      // The root's own figure holds its ended thread's spinning: as much as the root says it used
      // (less two clock ticks, the resolution of /proc's user and system times).
      const used = Number(/thread ended (\d+) ms/.exec(out)![1]);
      expect(afterThread.own).toBeGreaterThanOrEqual(used - 20);
      await said('child ended');
      const afterChild = meter.read();
      expect(afterChild.children).toBeGreaterThan(0);
      expect(afterChild.own).toBeGreaterThanOrEqual(afterThread.own);
    } finally {
      meter.stop();
      root.kill();
      await once(root, 'exit');
    }
  });
});
