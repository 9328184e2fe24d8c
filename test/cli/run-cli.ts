import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const cliEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env });

/** Kills a run that hangs, just inside the tests' own 120 s limit: on a busy machine a printing build can take over a minute. */
const CLI_TIMEOUT_MS = 110_000;

/** Runs the installed bin (`node bin/studyguide.js …`) the way a user does; returns what they see. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/studyguide.js', ...args], { encoding: 'utf8', env: cliEnv(env), timeout: CLI_TIMEOUT_MS });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its bytes, to prove a failed build changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[path.relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return files;
}
