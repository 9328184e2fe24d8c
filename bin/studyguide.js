#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through the `prepare` script).
import { statSync } from 'node:fs';

/**
 * The CLI's bundle (scripts/bundle.mjs), unless a compile of dist/ is newer than it (`tsc` run
 * alone in this repository): then dist/ itself, which is what the sources say now. A package has
 * no compile record (dist/.tsbuildinfo is not packed), so it always runs its bundle; without one,
 * it runs dist/.
 */
function entry() {
  const mtime = (file) => statSync(new URL(file, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
  const bundled = mtime('../dist/bundle/studyguide.js');
  const compiled = mtime('../dist/.tsbuildinfo');
  return bundled !== undefined && (compiled === undefined || bundled >= compiled) ? '../dist/bundle/studyguide.js' : '../dist/cli/entry.js';
}

const { start, handleSignals, keepGoingWhenPipesClose } = await import(entry());

// This process is the CLI's own, so Ctrl-C is ours to clean up after (src/interrupt.ts). Armed
// here and not in start() or main(): those also run inside other programs (the tests run commands
// in their own workers), whose signals are not ours and must stay theirs after the command.
handleSignals();
// A closed pipe (`studyguide build | head`) drops our lines, not the build (src/cli/closed-pipes.ts).
keepGoingWhenPipesClose();

let finished = false;
// Node ends a process whose event loop has nothing left to wait on, even with the command's
// promise still pending, and with exit code 0: a step that waits on something that can no
// longer happen (a lost browser connection) would pass for a success. It fails instead.
process.on('exit', () => {
  if (finished || process.exitCode) return;
  process.stderr.write(
    'error: studyguide stopped before the command finished (a step waited on something that can no longer happen) — run it again; if it repeats, run with --debug and report it\n',
  );
  process.exitCode = 2;
});

start(process.argv).then((code) => {
  finished = true;
  process.exitCode = code;
});
