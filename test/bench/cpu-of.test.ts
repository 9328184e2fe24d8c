import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['bench/cpu-of.mjs', ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => err,
  );

// CI timed `npm test` with `time`, which counts only the processes waited for: Chromium's
// renderers (its zygote's children) are not, half the CPU of the e2e tests, so a run that kept
// both cores busy read as half idle. bench/cpu-of.mjs counts the whole process tree.
describe('bench/cpu-of.mjs', () => {
  it("runs the command with this terminal and says its wall time and its whole process tree's CPU", async () => {
    const { code, stdout, stderr } = await run([process.execPath, '-e', 'console.log("hello")']);
    expect(code).toBe(0);
    expect(stdout).toBe('hello\n');
    expect(stderr).toMatch(
      /^cpu-of: .+ -e console\.log\("hello"\): \d+\.\d s wall, \d+\.\d s CPU \(the whole process tree, Chromium's renderers included\)\n$/,
    );
  });

  it("exits with the command's code", async () => {
    const { code, stderr } = await run([process.execPath, '-e', 'process.exit(3)']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/s CPU/);
  });
});
