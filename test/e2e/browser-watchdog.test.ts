import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../helpers.js';
import { processTree, stillRunning, waitFor, type Proc } from '../faults/processes.js';

/**
 * Our own Chromium, stopped (SIGSTOP) or killed (SIGKILL) while a real CLI build prints: the
 * build must end by itself with exit 2 and a line naming the step, not hang or blame the deck.
 * STUDYGUIDE_BROWSER_WATCHDOG_MS shortens the watchdog's limit so this takes seconds.
 */

function deck(questions: number): string {
  const parts = ['# Watched deck\n\n## Everything\n'];
  for (let i = 1; i <= questions; i++) {
    parts.push(`### Question ${i} about systems?\n\n> Card answer ${i}.\n\n${'A sentence of the full answer that fills the page. '.repeat(8)}\n`);
  }
  return parts.join('\n');
}

interface Outcome {
  code: number | null;
  stderr: string;
  tree: Proc[];
}

/** Does harm to pid; false when the process has already ended. */
function tryHarm(harm: (pid: number) => void, pid: number): boolean {
  try {
    harm(pid);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/**
 * When the harm is done: once the small deck is written (the browser is up and printing the big
 * one), or while the build's first print waits to ask its page for the PDF (STUDYGUIDE_HOLD_PRINT,
 * print/hold-print.ts), its page's renderer being among the browser's renderers then.
 */
type Moment = 'small-written' | 'print-held';

/**
 * Builds a small deck and a big one, waits for `moment`, does `harm` to every process `pick`
 * chooses, lets a held print go on, and waits for the end.
 */
async function harmDuring(pick: (p: Proc, node: number) => boolean, harm: (pid: number) => void, moment: Moment = 'small-written'): Promise<Outcome> {
  const root = await tempDir('studyguide-watchdog-');
  const decks = path.join(root, 'decks');
  const held = path.join(root, 'print-held');
  await mkdir(decks);
  await writeFile(path.join(decks, 'a-small.md'), deck(2));
  await writeFile(path.join(decks, 'b-big.md'), deck(100));
  const child = spawn(process.execPath, ['bin/studyguide.js', 'build', decks, '--out', path.join(root, 'out'), '--no-cache', '--outputs', 'guide,cards'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The parse limit raised: on a loaded machine the big deck's parse once passed 120 s, failing the build before any harm.
    env: {
      ...process.env,
      NO_COLOR: '1',
      STUDYGUIDE_BROWSER_WATCHDOG_MS: '2000',
      STUDYGUIDE_PARSE_TIMEOUT_MS: '600000',
      ...(moment === 'print-held' ? { STUDYGUIDE_HOLD_PRINT: held } : {}),
    },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let harmed = 0;
  let tree: Proc[] = [];
  const ready = () => existsSync(moment === 'print-held' ? held : path.join(root, 'out', 'a-small', 'cards.pdf'));
  try {
    await waitFor(() => {
      if (!ready()) return child.exitCode !== null;
      tree = processTree(child.pid!);
      // A renderer can end between the listing and the harm (its page closed): those are passed
      // over, and the tree looked at again until one is harmed.
      harmed = tree.filter((p) => pick(p, child.pid!) && tryHarm(harm, p.pid)).length;
      return harmed > 0 || child.exitCode !== null;
    }, 240_000);
  } finally {
    // A held print goes on even when the harm failed, so no build is left waiting.
    if (moment === 'print-held') await writeFile(`${held}.go`, '');
  }
  expect(harmed, `not printing before the build ended:\n${stderr}`).toBeGreaterThan(0);
  const code = await exited;
  // Whatever is left of a stopped tree must not linger (SIGKILL ends stopped processes too).
  await waitFor(() => stillRunning(tree).length === 0, 15_000);
  for (const p of stillRunning(tree)) process.kill(p.pid, 'SIGCONT');
  return { code, stderr, tree };
}

const isBrowser = (p: Proc, node: number) => p.ppid === node && p.cmdline.includes('--user-data-dir=');
const isRenderer = (p: Proc) => p.cmdline.includes('--type=renderer');

/**
 * A parse that blocks the process for 12 s just after the browser was asked for, in a node
 * process of its own (the compiled session, as the CLI runs it): started with this file, it
 * sleeps while the tests above run, instead of holding this test worker idle for 12 s.
 */
function slowParseRun(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const session = pathToFileURL(path.resolve('dist/print/browser-session.js')).href;
  const script = `
    import { BrowserSession } from ${JSON.stringify(session)};
    const session = new BrowserSession({ launchTimeoutMs: 8000 });
    try {
      session.warm();
      // A synchronous parse holding the event loop for 12 s.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 12_000);
      console.log(await session.withPage((page) => page.browser().version(), 'checking the browser'));
    } finally {
      await session.dispose();
    }`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

let slowParse: ReturnType<typeof slowParseRun>;
beforeAll(() => void (slowParse = slowParseRun()));

describe('a browser that stops or dies mid-build', () => {
  it('stopped with SIGSTOP: the watchdog ends the build with exit 2, naming the step', async () => {
    const run = await harmDuring(isBrowser, (pid) => process.kill(pid, 'SIGSTOP'));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /^error: the browser was stopped \(pid \d+\) and did not resume during (printing guide\.pdf|laying out guide\.pdf|printing cards\.pdf|drawing diagrams); it was closed — /m,
    );
    expect(stillRunning(run.tree).map((p) => p.cmdline.slice(0, 80))).toEqual([]);
  }, 360_000);

  it('a page renderer stopped with SIGSTOP: exit 2 naming the renderer and the step, no process left', async () => {
    // A stopped renderer holds the print under way and outlives its browser, keeping the
    // browser's output pipes (and so this build) open: the watchdog must end all of them.
    // Every renderer is stopped while the first print waits to ask its page for the PDF, so the
    // renderer that print needs is stopped, every run: stopped at a moment chosen by CPU use, a
    // renderer the build no longer needed was sometimes stopped, closed with its page, and the
    // build ended well. Without the watchdog the build hangs and this test times out (tried).
    const run = await harmDuring(isRenderer, (pid) => process.kill(pid, 'SIGSTOP'), 'print-held');
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /^error: the browser has a stopped page renderer \(pid \d+\) that did not resume during (printing|laying out) (guide|cards)\.pdf; it was closed — /m,
    );
    expect(stillRunning(run.tree).map((p) => p.cmdline.slice(0, 80))).toEqual([]);
  }, 360_000);

  it('a renderer killed with SIGKILL: a browser failure (exit 2), not bad input; or, idle, replaced', async () => {
    const run = await harmDuring(isRenderer, (pid) => process.kill(pid, 'SIGKILL'));
    // A renderer killed mid-print fails its step as the browser's fault; one killed while its
    // page waited for the next print is replaced and the build goes on. Never "bad input".
    expect([0, 2], run.stderr).toContain(run.code);
    if (run.code === 2) expect(run.stderr).toMatch(/^error: the browser's page renderer crashed during (printing|laying out) (guide|cards)\.pdf(, twice)? — /m);
    else expect(run.stderr).not.toMatch(/^error:/m);
  }, 360_000);

  // The browser killed with SIGKILL (a crash, not a stop: exit 2 naming the step) is tested in
  // faults/interrupted-build.test.ts, whose build is killed the same way at the same moment.
});

describe('a slow parse with --no-cache', () => {
  it('does not count against the browser start limit', async () => {
    // The launch limit runs on a clock that stops while the process is blocked: a parse that
    // blocks for longer than the limit must not be blamed on the browser.
    const run = await slowParse;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Chrom/);
  }, 60_000);
});
