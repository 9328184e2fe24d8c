import { describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../../helpers.js';

/** Pids of a process's direct children (empty when it has none). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('studyguide watch from the command line', () => {
  it('serves, prints PDFs with its own browser, and on Ctrl-C leaves no browser behind', async () => {
    const dir = await tempDir('studyguide-watch-cli-');
    await copyFile('test/fixtures/watch/networking.md', path.join(dir, 'networking.md'));
    const child = spawn(process.execPath, [path.resolve('bin/studyguide.js'), 'watch', 'networking.md', '--port', '0', '--outputs', 'guide'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));

    // The first background build prints the PDF; by then the browser is a child of the CLI.
    for (let i = 0; i < 600 && !/PDFs up to date/.test(out); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(/networking → http:\/\/127\.0\.0\.1:\d+\/networking\/guide\.html/);
    expect(out).toContain('PDFs up to date');
    const browsers = childrenOf(child.pid!);
    expect(browsers.length).toBeGreaterThan(0);

    child.kill('SIGINT');
    const code = await exited;
    expect(code).not.toBe(0); // an interrupted run never reports success
    for (const pid of browsers) expect(alive(pid), `browser ${pid} left running`).toBe(false);
    expect(out).not.toMatch(/Target closed|Protocol error/);
  });
});
