#!/usr/bin/env node
// The static checks of `npm test` (types, lint, format, unused code), two at a time: each is one
// process on one core, so side by side they take half the time. Each check's output is printed
// whole when it ends; the exit code is non-zero when any check failed.
import { spawn } from 'node:child_process';

/** Scripts of package.json; the checks of one lane run one after the other. */
const LANES = [['typecheck'], ['lint', 'format:check', 'knip']];

/** Runs `npm run -s <script>`; resolves true when it passed. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => (output += `${err.message}\n`));
    child.on('close', (code) => {
      process.stdout.write(`${code === 0 ? '✓' : '✗'} npm run ${script}\n${output}`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(
  LANES.map(async (lane) => {
    let passed = true;
    for (const script of lane) passed = (await run(script)) && passed;
    return passed;
  }),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
