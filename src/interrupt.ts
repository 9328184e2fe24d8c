/**
 * Clean-up on Ctrl-C and kill: whoever holds something that must not outlive the process (the
 * browser, a half-written temporary file) registers a clean-up here. On SIGINT/SIGTERM every
 * clean-up runs, then the signal is raised again so the process ends the way the shell expects
 * (exit status 130/143, never 0). Only the CLI listens for signals (handleSignals): a program
 * calling the API keeps its own handlers and stops a build with an AbortSignal.
 */
type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();
// Not SIGHUP: under nohup it is meant to be ignored, and Chromium (on a pipe) dies with us anyway.
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
/** A clean-up that hangs must not keep a killed build alive. */
const CLEANUP_GRACE_MS = 8000;
let handling = false;
/** Set by the CLI: signals are ours to handle only when we own the process. */
let armed = false;

const listen = (): void => {
  for (const s of SIGNALS) process.on(s, onSignal);
};
const unlisten = (): void => {
  for (const s of SIGNALS) process.removeListener(s, onSignal);
};

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (handling) return; // a second Ctrl-C while cleaning up changes nothing
  handling = true;
  const all = Promise.allSettled([...cleanups].map(async (fn) => fn()));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, CLEANUP_GRACE_MS)))]);
  clearTimeout(timer);
  unlisten();
  process.kill(process.pid, signal);
}

/** True once SIGINT/SIGTERM arrived: work failing from now on failed because of it. */
export const isInterrupted = (): boolean => handling;

/** Called by bin/studyguide.js, the CLI's own process: from now on SIGINT/SIGTERM run the clean-ups. */
export function handleSignals(): void {
  if (armed) return;
  armed = true;
  if (cleanups.size && !handling) listen();
}

/**
 * Runs fn if the CLI's process is interrupted; returns a function that unregisters it. Under the
 * API nothing listens for signals, so fn runs only through the caller's own ends (abort, finally).
 */
export function onInterrupt(fn: Cleanup): () => void {
  if (armed && cleanups.size === 0 && !handling) listen();
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
    if (armed && cleanups.size === 0 && !handling) unlisten();
  };
}
