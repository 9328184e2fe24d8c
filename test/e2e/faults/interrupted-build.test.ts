import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pdfInfo, tempDir } from '../../helpers.js';
import { removeStaleTemps } from '../../../src/output.js';
import { processTree, processes, stillRunning, waitFor, type Proc } from '../../faults/processes.js';

/**
 * Kills a real CLI build (`node bin/studyguide.js`, its own Chromium) while it prints the
 * second of two decks, and checks what a user would find afterwards.
 */

const EARLIER = ['guide.html', 'guide.pdf', 'cards.html', 'cards.pdf'];

function bigDeck(questions: number): string {
  const parts = ['# A long deck\n\n## Everything\n'];
  for (let i = 1; i <= questions; i++) {
    parts.push(`### Question number ${i} about systems?\n\nLevel: hard · Tags: t${i % 7}\n\n> Card answer ${i}: short and to the point.\n`);
    parts.push(
      `${'A full answer sentence that goes on for a while to fill the page. '.repeat(6)}\n\n- first point\n- second point\n\n\`\`\`sh\nkubectl get pods -n ns-${i} -o wide\n\`\`\`\n`,
    );
  }
  return parts.join('\n');
}

interface Run {
  exit: { code: number | null; signal: NodeJS.Signals | null };
  stderr: string;
  out: string;
  earlier: Map<string, Buffer>;
  tree: Proc[];
  userDataDir: string;
}

/** Starts a build of a small deck then a big one; calls kill() once the small one is written. */
async function interruptedBuild(kill: (node: ChildProcess, chromium: Proc) => void): Promise<Run> {
  const root = await tempDir('studyguide-fault-');
  const decks = path.join(root, 'decks');
  const out = path.join(root, 'out');
  await mkdir(decks);
  await writeFile(path.join(decks, 'a-first.md'), '# Small\n\n## S\n\n### One?\n\n> Yes.\n\n### Two?\n\n> No.\n');
  await writeFile(path.join(decks, 'b-big.md'), bigDeck(100));
  // What an earlier good build left for the big deck: it must survive byte for byte.
  const earlier = new Map<string, Buffer>();
  await mkdir(path.join(out, 'b-big'), { recursive: true });
  for (const name of EARLIER) {
    const bytes = Buffer.from(`earlier ${name} ${Math.random()}`);
    earlier.set(name, bytes);
    await writeFile(path.join(out, 'b-big', name), bytes);
  }

  const child = spawn(process.execPath, ['bin/studyguide.js', 'build', decks, '--out', out, '--no-cache', '--outputs', 'guide,cards'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<Run['exit']>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  // A deck's files land together once all are printed: the small deck's cards.pdf on disk means
  // the build has moved on to the big one (decks build in file-name order).
  const firstDone = await waitFor(() => existsSync(path.join(out, 'a-first', 'cards.pdf')) || child.exitCode !== null, 150_000);
  expect(firstDone && child.exitCode === null, `first deck not written in time:\n${stdout}\n${stderr}`).toBe(true);
  const tree = processTree(child.pid!);
  const chromium = tree.find((p) => p.ppid === child.pid && p.cmdline.includes('--user-data-dir='));
  expect(chromium, `no Chromium child of the build: ${tree.map((p) => p.cmdline.slice(0, 80)).join('\n')}`).toBeDefined();
  const userDataDir = /--user-data-dir=(\S+)/.exec(chromium!.cmdline)![1];
  kill(child, chromium!);
  const exit = await exited;
  // Chromium's helpers notice their parent is gone on their own; give them a moment.
  await waitFor(() => stillRunning(tree).length === 0, 10_000);
  return { exit, stderr, out, earlier, tree, userDataDir };
}

/**
 * Earlier outputs intact and no temporary file left. A build killed with SIGKILL cannot clean up
 * after itself: a file it was writing at that instant stays, and the next build into the folder
 * removes it (removeStaleTemps, which a deck's write runs first); `killed` checks that instead.
 */
async function expectNothingLost(run: Run, killed = false): Promise<void> {
  for (const [name, bytes] of run.earlier) {
    expect(readFileSync(path.join(run.out, 'b-big', name)).equals(bytes), `b-big/${name} changed`).toBe(true);
  }
  // The first deck finished before the kill, so its PDFs are whole.
  for (const pdf of ['guide.pdf', 'cards.pdf']) expect(Number(pdfInfo(path.join(run.out, 'a-first', pdf)).Pages)).toBeGreaterThan(0);
  const dirs = ['a-first', 'b-big'].map((d) => path.join(run.out, d));
  if (killed) for (const dir of dirs) await removeStaleTemps(dir);
  const leftovers = dirs.flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.tmp')));
  expect(leftovers).toEqual([]);
}

function expectNoChromiumLeft(run: Run): void {
  expect(run.tree.length).toBeGreaterThan(1);
  expect(stillRunning(run.tree).map((p) => p.cmdline.slice(0, 100))).toEqual([]);
  expect(
    processes()
      .filter((p) => p.cmdline.includes(run.userDataDir))
      .map((p) => p.pid),
  ).toEqual([]);
}

// The three builds run side by side, each its own CLI and Chromium, each told apart by its own
// process tree and profile folder: one after the other, their waits for a deck to be written were
// this file's longest part.
describe.concurrent('an interrupted build', () => {
  it('on Ctrl-C (SIGINT): closes Chromium, keeps earlier outputs, leaves no temp files, exits non-zero', async () => {
    const run = await interruptedBuild((node) => node.kill('SIGINT'));
    expect(run.exit.signal === 'SIGINT' || (run.exit.code ?? 0) !== 0, JSON.stringify(run.exit)).toBe(true);
    expect(run.exit.code).not.toBe(0);
    await expectNothingLost(run);
    expectNoChromiumLeft(run);
    expect(existsSync(run.userDataDir), 'Chromium profile left in /tmp').toBe(false);
  }, 240_000);

  // Also the browser's death that browser-watchdog.test.ts would test: one build serves both.
  it('when Chromium is killed mid-print: reports the crash naming the step, exits 2, keeps earlier outputs', async () => {
    const run = await interruptedBuild((_, chromium) => process.kill(chromium.pid, 'SIGKILL'));
    expect(run.exit.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /^error: the browser crashed or was closed during (printing guide\.pdf|laying out guide\.pdf|printing cards\.pdf|drawing diagrams) — /m,
    );
    await expectNothingLost(run);
    expectNoChromiumLeft(run);
  }, 240_000);

  it('when the build itself is killed (SIGKILL): Chromium exits with it, earlier outputs stay', async () => {
    const run = await interruptedBuild((node) => node.kill('SIGKILL'));
    expect(run.exit.signal).toBe('SIGKILL');
    await expectNothingLost(run, true);
    expectNoChromiumLeft(run);
  }, 240_000);
});

describe('a build that ends by itself', () => {
  it('leaves no Chromium process behind, also when a deck fails (exit 1)', async () => {
    const root = await tempDir('studyguide-fault-');
    await writeFile(path.join(root, 'good.md'), '# Good\n\n## S\n\n### One?\n\n> Yes.\n');
    // A deck of ours (its first question has a card line) whose last question has nothing under it: an error.
    await writeFile(path.join(root, 'zbad.md'), '# Bad\n\n## S\n\n### Yes?\n\n> Yes.\n\n### No answer?\n');
    const child = spawn(process.execPath, ['bin/studyguide.js', 'build', root, '--out', path.join(root, 'out'), '--no-cache', '--outputs', 'guide,cards'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Everything the build started, seen by polling its process tree until it exits.
    const seen = new Map<number, Proc>();
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      for (const p of processTree(child.pid!)) seen.set(p.pid, p);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await exited, stderr).toBe(1);
    expect(stderr).toMatch(/zbad\.md:9: .*no answer/);
    expect([...seen.values()].some((p) => p.cmdline.includes('--user-data-dir='))).toBe(true);
    await waitFor(() => stillRunning([...seen.values()]).length === 0, 10_000);
    expect(stillRunning([...seen.values()]).map((p) => p.cmdline.slice(0, 100))).toEqual([]);
  }, 120_000);
});
