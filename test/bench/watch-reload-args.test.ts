import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['bench/watch-reload.mjs', ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => err,
  );

// `--help` used to start a whole 20-save bench (it read every flag by position and ignored the
// rest), and a mistyped flag ran with the defaults.
describe('bench/watch-reload.mjs flags', () => {
  it('prints its usage for --help and starts nothing', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Save-to-screen time of `studyguide watch`/);
    expect(stdout).toContain('node bench/watch-reload.mjs [--runs 20] [--pdf | --no-pdf] [--page cards.html] [--cpu-prof DIR]');
    expect(stdout).not.toMatch(/^\/\//m);
  });

  it('stops on a flag it does not know, saying which and where to look', async () => {
    const { code, stdout, stderr } = await run(['--run', '5']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^watch-reload: Unknown option '--run'.*--help\n$/);
  });
});
