import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';

// A browser stopped with SIGSTOP, or one that stops answering, never closes its connection:
// every call just waits. The watchdog looks at it every second and says when it is gone for
// good, so the step under way ends with an error naming it instead of a silent hang.

/** How long a stopped or silent browser is given (STUDYGUIDE_BROWSER_WATCHDOG_MS overrides, for tests). */
export function watchdogLimitMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.STUDYGUIDE_BROWSER_WATCHDOG_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : 30_000;
}

/**
 * A countdown of the time this process could have noticed anything: while the event loop is
 * blocked (a long synchronous parse), the clock does not run, so a limit is never spent
 * waiting on ourselves. `share` weighs each tick (core-share.ts: a crowded machine's second
 * counts for less). Calls onExpire once; the returned function cancels it.
 */
export function responsiveTimeout(ms: number, onExpire: () => void, share: () => number = () => 1): () => void {
  const tick = Math.min(250, Math.max(10, ms / 4));
  let spent = 0;
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    // A tick that came late counts as one tick at most.
    spent += Math.min(now - last, tick * 4) * share();
    last = now;
    if (spent >= ms) {
      clearInterval(timer);
      onExpire();
    }
  }, tick);
  timer.unref?.();
  return () => clearInterval(timer);
}

/**
 * Watches a launched (or connected) browser: its process tree for a stopped process (state T:
 * the browser, or a page renderer that holds the print under way), and the browser itself with a
 * cheap protocol call. Calls onDead once with what happened, after killing every process of a
 * launched browser: a stopped renderer outlives its browser and holds our end of the browser's
 * output pipes open, so this process could not exit.
 */
export function watchBrowser(browser: Browser, limitMs: number, onDead: (what: string) => void): () => void {
  const pid = browser.process()?.pid;
  let stoppedFor = 0;
  let pending: { since: number } | undefined;
  let over = false;
  const interval = Math.min(1000, Math.max(50, limitMs / 5));
  const tree = processTreeEvery(treeEvery(limitMs, interval));
  let last = Date.now();
  const die = (what: string) => {
    if (over) return;
    over = true;
    clearInterval(timer);
    if (pid !== undefined) killTree(pid);
    onDead(what);
  };
  const timer = setInterval(() => {
    const now = Date.now();
    const step = Math.min(now - last, interval * 4); // a blocked event loop is not the browser's fault
    last = now;
    if (pid !== undefined) {
      const stopped = stoppedProcess(tree(pid));
      stoppedFor = stopped ? stoppedFor + step : 0;
      if (stopped && stoppedFor >= limitMs) return die(describeStopped(pid, stopped));
    }
    if (pending) {
      pending.since += step;
      if (pending.since >= limitMs) die(`stopped answering for ${Math.round(limitMs / 1000)} s`);
      return;
    }
    if (!browser.connected) return;
    const probe = { since: 0 };
    pending = probe;
    browser.version().then(
      () => pending === probe && (pending = undefined),
      () => pending === probe && (pending = undefined),
    );
  }, interval);
  timer.unref?.();
  return () => {
    over = true;
    clearInterval(timer);
  };
}

/** "was stopped (pid N)…", or which of its processes was: a page renderer is named as one. */
function describeStopped(browserPid: number, stopped: number): string {
  if (stopped === browserPid) return `was stopped (pid ${stopped}) and did not resume`;
  const kind = processType(stopped) === 'renderer' ? 'a stopped page renderer' : 'a stopped process';
  return `has ${kind} (pid ${stopped}) that did not resume`;
}

/** Chromium's --type= of a helper process ('renderer', 'zygote', …), if readable; helpers rewrite their title with spaces between arguments. */
function processType(pid: number): string | undefined {
  try {
    return /(?:^|[\0 ])--type=([^\0 ]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Ticks between two reads of the browser's process tree. Reading it means reading the children
 * of every thread of every process (a build's browser has a dozen processes and hundreds of
 * threads): each second, that was 2 % of a core, 5.6 s of CPU in a 5,000-question build. Between
 * reads, only the state of the processes already known is read, so a process started since is
 * seen at the next read: within a fifth of the limit (6 s of the 30 s) later than on every tick.
 */
export function treeEvery(limitMs: number, intervalMs: number): number {
  return Math.max(1, Math.floor(limitMs / intervalMs / 5));
}

/** processTree(pid), read again on every `every`th call only (the processes found last time in between). */
export function processTreeEvery(every: number, read: (pid: number) => number[] = processTree): (pid: number) => number[] {
  let calls = 0;
  let known: number[] = [];
  return (pid) => {
    if (calls++ % every === 0) known = read(pid);
    return known;
  };
}

/** The pid of a stopped process among pids (a browser's tree, itself first), if any. */
function stoppedProcess(pids: number[]): number | undefined {
  return pids.find((p) => {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${p}/stat`, 'utf8');
    } catch {
      return false; // gone, or no /proc here: nothing to say
    }
    // The state follows the command name in parentheses (which may itself hold spaces or parentheses).
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'T' || state === 't';
  });
}

/** pid and every process under it, parents first (read before killing: orphans lose their parent link). */
export function processTree(pid: number): number[] {
  const tree: number[] = [];
  const todo = [pid];
  while (todo.length) {
    const p = todo.shift()!;
    if (tree.includes(p)) continue;
    tree.push(p);
    todo.push(...childrenOf(p));
  }
  return tree;
}

/** SIGKILLs pid and its descendants (SIGKILL ends stopped processes too). */
function killTree(pid: number): void {
  for (const p of processTree(pid)) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Children of every thread of pid (Chromium starts some helpers from other threads). */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
}

/** Kills our own child processes running this browser executable (a launch that never finished). */
export function killChildBrowsers(executablePath: string): void {
  for (const pid of childrenOf(process.pid)) {
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.split('\0')[0] !== executablePath) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
