import { Worker } from 'node:worker_threads';

/**
 * The Node flags our worker threads start with: the process's own, less those a worker refuses.
 * `--input-type` (which `node --input-type=module -e "…"` sets) made every thread fail to start:
 * a script calling our API that way saw each deck fail with "the deck's parser failed"; so did
 * V8 and per-process flags (`node --max-old-space-size=4096 …/studyguide.js check`, as one runs a
 * large deck: "Initiated Worker with invalid execArgv flags"). Which flags a thread refuses is
 * Node's to say, so a list with any it refuses is asked flag by flag, once per process. A V8 flag
 * left out still holds in the thread: V8's flags are the process's.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const key = execArgv.join('\0');
  let kept = asked.get(key);
  if (!kept) {
    const groups = flagGroups(execArgv).filter((g) => !g[0].startsWith('--input-type'));
    const all = groups.flat();
    kept = !all.length || !refused(all) ? all : groups.filter((g) => !refused(g)).flat();
    asked.set(key, kept);
  }
  return [...kept];
}

const asked = new Map<string, string[]>();

/** Each flag with the values written after it (`--import tsx`), as a thread takes or refuses it. */
function flagGroups(execArgv: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const arg of execArgv) {
    if (arg.startsWith('-') || !groups.length) groups.push([arg]);
    else groups[groups.length - 1].push(arg);
  }
  return groups;
}

/** True when Node will not start a thread with these flags (it says so before starting one). */
function refused(flags: string[]): boolean {
  try {
    void new Worker('', { eval: true, execArgv: flags }).terminate();
    return false;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_INVALID_EXEC_ARGV') return true;
    throw err;
  }
}
