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
 * waiting on ourselves. Calls onExpire once; the returned function cancels it.
 */
export function responsiveTimeout(ms: number, onExpire: () => void): () => void {
  const tick = Math.min(250, Math.max(10, ms / 4));
  let spent = 0;
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    // A tick that came late counts as one tick at most.
    spent += Math.min(now - last, tick * 4);
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
 * Watches a launched (or connected) browser: its process tree for a stopped process (state T),
 * and the browser itself with a cheap protocol call. Calls onDead once with what happened.
 */
export function watchBrowser(browser: Browser, limitMs: number, onDead: (what: string) => void): () => void {
  const pid = browser.process()?.pid;
  let stoppedFor = 0;
  let pending: { since: number } | undefined;
  let over = false;
  const interval = Math.min(1000, Math.max(50, limitMs / 5));
  let last = Date.now();
  const die = (what: string) => {
    if (over) return;
    over = true;
    clearInterval(timer);
    onDead(what);
  };
  const timer = setInterval(() => {
    const now = Date.now();
    const step = Math.min(now - last, interval * 4); // a blocked event loop is not the browser's fault
    last = now;
    if (pid !== undefined) {
      const stopped = stoppedProcess(pid);
      stoppedFor = stopped ? stoppedFor + step : 0;
      if (stopped && stoppedFor >= limitMs) return die(`${stopped === pid ? 'was stopped' : 'has a stopped process'} (pid ${stopped}) and did not resume`);
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

/** The pid of a stopped process in the tree under pid (pid itself included), if any. */
function stoppedProcess(pid: number): number | undefined {
  const seen = new Set<number>();
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    let stat: string;
    try {
      stat = readFileSync(`/proc/${p}/stat`, 'utf8');
    } catch {
      continue; // gone, or no /proc here: nothing to say
    }
    // The state follows the command name in parentheses (which may itself hold spaces or parentheses).
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'T' || state === 't') return p;
    for (const child of childrenOf(p)) todo.push(child);
  }
  return undefined;
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
