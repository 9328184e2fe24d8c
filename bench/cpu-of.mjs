#!/usr/bin/env node
// `node bench/cpu-of.mjs <command> [args…]`: runs the command with this terminal, then says its
// wall time and the CPU seconds of its whole process tree, and exits with its code. `time`
// counts only the processes waited for: Chromium's renderers (its zygote's children) are not,
// about half the CPU of the e2e tests, so a `npm test` that kept both cores busy read as half idle.
import { spawn } from 'node:child_process';
import { SAMPLE_MS, sampleTree } from './process-tree.mjs';

const [cmd, ...args] = process.argv.slice(2);
const started = process.hrtime.bigint();
const child = spawn(cmd, args, { stdio: 'inherit' });
/** pid → CPU seconds as last sampled: a process that ends keeps its last. */
const cpuByPid = new Map();
const sample = () => sampleTree(child.pid, cpuByPid, false);
const timer = setInterval(sample, SAMPLE_MS);
sample();
child.on('error', (err) => {
  clearInterval(timer);
  process.stderr.write(`cpu-of: ${cmd}: ${err.message}\n`);
  process.exitCode = 127;
});
child.on('close', (code, signal) => {
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
  const shown = [cmd, ...args].join(' ');
  process.stderr.write(`cpu-of: ${shown}: ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (the whole process tree, Chromium's renderers included)\n`);
  process.exitCode = code ?? (signal ? 128 : 1);
});
