import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value for background printing: below everything the author is waiting for. */
const BACKGROUND_NICE = 10;

/** Every process started under `pid` (Linux /proc; empty where there is none). */
function descendants(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children: number[] = [];
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      continue;
    }
    for (const child of children) found.push(child, ...descendants(child));
  }
  return found;
}

const lower = (id: number) => {
  try {
    setPriority(id, BACKGROUND_NICE);
  } catch {
    // Gone already, or not ours to change: it keeps its priority.
  }
};

/**
 * Makes the calling thread (the PDF worker) and the browser processes of this process background
 * work, so on a busy machine the serving thread's next preview comes first. Linux keeps a nice
 * value per thread; elsewhere, or without /proc, nothing changes. Safe to call repeatedly.
 */
export function runInBackground(): void {
  try {
    lower(Number(readlinkSync('/proc/thread-self').split('/').pop()));
  } catch {
    return;
  }
  for (const pid of descendants(process.pid)) lower(pid);
}
