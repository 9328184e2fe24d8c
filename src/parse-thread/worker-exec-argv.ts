/**
 * The Node flags our worker threads start with: the process's own, less those a worker refuses
 * (`--input-type`, which `node --input-type=module -e "…"` sets, made every thread fail to start:
 * a script calling our API that way saw each deck fail with "the deck's parser failed").
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i] === '--input-type') i++;
    else if (!execArgv[i].startsWith('--input-type=')) kept.push(execArgv[i]);
  }
  return kept;
}
