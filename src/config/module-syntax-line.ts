import { spawnSync } from 'node:child_process';

/** The line after the first `file:` in a text (a stack, a compiler's message), if any. */
export function lineAfter(text: string, file: string): number | undefined {
  const at = text.indexOf(`${file}:`);
  const line = at === -1 ? NaN : parseInt(text.slice(at + file.length + 1), 10);
  return Number.isInteger(line) && line > 0 ? line : undefined;
}

/**
 * The line of a syntax error in a JavaScript config module, as `node --check` reports it: the
 * error import() throws names no line in Node 20. Undefined when the check finds none (or takes
 * over 10 s). Runs only after an import failed, so a good config costs nothing.
 */
export function syntaxErrorLine(file: string): number | undefined {
  const run = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 });
  return lineAfter((run.stderr ?? '').split('\n', 1)[0], file);
}
