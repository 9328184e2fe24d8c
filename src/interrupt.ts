/**
 * Clean-up on Ctrl-C and kill: whoever holds something that must not outlive the process (the
 * browser, a half-written temporary file) registers a clean-up here. On SIGINT/SIGTERM every
 * clean-up runs, then the signal is raised again so the process ends the way the shell expects
 * (exit status 130/143, never 0).
 */
type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();
// Not SIGHUP: under nohup it is meant to be ignored, and Chromium (on a pipe) dies with us anyway.
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
/** A clean-up that hangs must not keep a killed build alive. */
const CLEANUP_GRACE_MS = 8000;
let handling = false;

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (handling) return; // a second Ctrl-C while cleaning up changes nothing
  handling = true;
  const all = Promise.allSettled([...cleanups].map(async (fn) => fn()));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, CLEANUP_GRACE_MS)))]);
  clearTimeout(timer);
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/** True once SIGINT/SIGTERM arrived: work failing from now on failed because of it. */
export const isInterrupted = (): boolean => handling;

/** Runs fn if the process is interrupted; returns a function that unregisters it. */
export function onInterrupt(fn: Cleanup): () => void {
  if (cleanups.size === 0 && !handling) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
    if (cleanups.size === 0 && !handling) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
