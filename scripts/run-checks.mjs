#!/usr/bin/env node
// The static checks of `npm test` (types, lint, format, unused code), two at a time: each is one
// process on one core, so side by side they take half the time. Each check's output is printed
// whole when it ends; the exit code is non-zero when any check failed.
//
// `node scripts/run-checks.mjs [--only a,b] [-- command args…]`: `--only` runs just those
// scripts; a command after `--` (the tests) runs at the same time, its output printed as it
// comes, and its failure fails the whole. The checks then run at a lower priority: they fill the
// cores the tests leave idle (while their global setup starts the browser and builds) instead
// of being waited for first.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { compileIfStale } from './compile-if-stale.mjs';

/** Scripts of package.json; the checks of one lane run one after the other. */
const LANES = [['typecheck'], ['lint', 'format:check', 'knip']];

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash === -1 ? argv : argv.slice(0, dash);
const alongside = dash === -1 ? [] : argv.slice(dash + 1);
const only = own[own.indexOf('--only') + 1]?.split(',');
const lanes = own.includes('--only') ? LANES.map((lane) => lane.filter((s) => only.includes(s))).filter((lane) => lane.length) : LANES;

/** Lowers a child's priority (where the system allows it), so the tests beside it go first. */
function yieldTo(child) {
  if (!alongside.length || child.pid === undefined) return;
  try {
    setPriority(child.pid, 10);
  } catch {
    // Not allowed or not supported: the check runs at normal priority.
  }
}

/** Runs `npm run <script>` quietly; resolves true when it passed. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    yieldTo(child);
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

/** Runs the command given after `--` with this terminal; resolves true when it passed. */
function runAlongside() {
  if (!alongside.length) return Promise.resolve(true);
  return new Promise((resolve) => {
    const child = spawn(alongside[0], alongside.slice(1), { stdio: 'inherit' });
    child.on('error', (err) => {
      process.stderr.write(`${alongside[0]}: ${err.message}\n`);
      resolve(false);
    });
    child.on('close', (code) => resolve(code === 0));
  });
}

// The typecheck builds src/ into dist/ when it is stale (`tsc -b`), as the tests' setups do: two
// compilers would write dist/ at once. So a stale src/ is compiled here, once, beside the tests
// (which start at once: those that run dist/ wait for this compile, under its lock), and the
// typecheck starts after it, to check the tests alone.
const typechecks = lanes.some((lane) => lane.includes('typecheck'));
const compiled =
  alongside.length && typechecks
    ? compileIfStale().then(
        () => true,
        (err) => {
          process.stdout.write(`✗ compile\n${err.message}\n`);
          return false;
        },
      )
    : Promise.resolve(true);

const results = await Promise.all([
  runAlongside(),
  ...lanes.map(async (lane) => {
    let passed = true;
    for (const script of lane) {
      if (script === 'typecheck' && !(await compiled)) {
        passed = false;
        continue;
      }
      passed = (await run(script)) && passed;
    }
    return passed;
  }),
]);
process.exitCode = results.every(Boolean) ? 0 : 1;
