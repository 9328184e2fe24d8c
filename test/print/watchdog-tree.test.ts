import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { processTreeEvery, treeEvery } from '../../src/print/browser-watchdog.js';

const sleeper = () => spawn('sleep', ['30'], { stdio: 'ignore' });

describe("the watchdog's reads of the browser's process tree", () => {
  const children: ChildProcess[] = [];
  afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

  it('come every sixth tick at the 30 s limit, and every tick at a limit of a few seconds (the tests)', () => {
    expect(treeEvery(30_000, 1000)).toBe(6);
    expect(treeEvery(2000, 400)).toBe(1);
    expect(treeEvery(50, 50)).toBe(1);
  });

  it('see a process started since the last read at the next read, and the processes known in between', () => {
    const tree = processTreeEvery(3);
    children.push(sleeper());
    const first = tree(process.pid);
    expect(first[0]).toBe(process.pid);
    expect(first).toContain(children[0].pid);
    children.push(sleeper());
    // Ticks 2 and 3: the tree as last read, without the new process.
    expect(tree(process.pid)).toEqual(first);
    expect(tree(process.pid)).not.toContain(children[1].pid);
    // Tick 4 reads again.
    expect(tree(process.pid)).toContain(children[1].pid);
  });

  it('read on every call when asked to every tick', () => {
    let reads = 0;
    const tree = processTreeEvery(1, (pid) => (reads++, [pid]));
    for (let i = 0; i < 4; i++) tree(1);
    expect(reads).toBe(4);
  });
});
