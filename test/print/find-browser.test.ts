import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BROWSER_LOCATIONS, browserCandidates, findBrowser, noBrowserHint, systemProbe, type BrowserProbe } from '../../src/print/find-browser.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../temp-dir.js';

/** A machine with only `files` on disk (symlinks as `link -> target`), and the given browser cache. */
function fakeMachine(platform: NodeJS.Platform, files: string[], extra: Partial<BrowserProbe> = {}): BrowserProbe {
  const links = new Map(files.filter((f) => f.includes(' -> ')).map((f) => f.split(' -> ') as [string, string]));
  const present = new Set(files.map((f) => f.split(' -> ')[0]));
  return {
    platform,
    env: {},
    home: platform === 'win32' ? 'C:\\Users\\ann' : platform === 'darwin' ? '/Users/ann' : '/home/ann',
    exists: (f) => present.has(f),
    realpath: (f) => links.get(f) ?? f,
    cached: async () => [],
    ...extra,
  };
}

const winEnv = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' };

describe('finding a browser', () => {
  it('has Chrome, Chromium and Edge for Linux, macOS and Windows in its table', () => {
    for (const os of ['linux', 'darwin', 'win32'] as const) {
      expect(new Set(BROWSER_LOCATIONS.filter((r) => r.os === os).map((r) => r.browser))).toEqual(new Set(['Chrome', 'Chromium', 'Edge']));
    }
  });

  it('finds Chrome on Linux, Edge when it is the only browser, and nothing of another system', async () => {
    expect(await findBrowser(undefined, fakeMachine('linux', ['/usr/bin/google-chrome-stable']))).toBe('/usr/bin/google-chrome-stable');
    expect(await findBrowser(undefined, fakeMachine('linux', ['/opt/microsoft/msedge/msedge']))).toBe('/opt/microsoft/msedge/msedge');
    // A macOS path on a Linux machine is not looked at.
    await expect(findBrowser(undefined, fakeMachine('linux', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).rejects.toThrow(
      /no Chrome, Chromium or Edge found/,
    );
  });

  it("prefers Debian's Chromium binary behind its wrapper script", async () => {
    const debian = fakeMachine('linux', ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/google-chrome']);
    expect(await findBrowser(undefined, debian)).toBe('/usr/lib/chromium/chromium');
    // A symlink to the wrapper leads to the binary too; a wrapper without the binary is used as is.
    expect(await findBrowser(undefined, fakeMachine('linux', ['/usr/bin/chromium-browser -> /usr/bin/chromium', '/usr/lib/chromium/chromium']))).toBe(
      '/usr/lib/chromium/chromium',
    );
    expect(await findBrowser(undefined, fakeMachine('linux', ['/usr/bin/chromium']))).toBe('/usr/bin/chromium');
  });

  it('finds apps on macOS, in /Applications and in the home folder', async () => {
    expect(await findBrowser(undefined, fakeMachine('darwin', ['/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium']))).toBe(
      '/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
    expect(await findBrowser(undefined, fakeMachine('darwin', ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']))).toBe(
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  });

  it('fills Windows folders from the environment, whatever their case, and skips unset ones', async () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(await findBrowser(undefined, fakeMachine('win32', [edge], { env: winEnv }))).toBe(edge);
    const candidates = browserCandidates({ platform: 'win32', env: { PROGRAMFILES: 'D:\\Apps' }, home: '' });
    expect(candidates).toEqual(['D:\\Apps\\Google\\Chrome\\Application\\chrome.exe', 'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe']);
  });

  it('takes --browser-path, then CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH, ahead of the table', async () => {
    const machine = fakeMachine('linux', ['/usr/bin/chromium', '/opt/a', '/opt/b', '/opt/c'], {
      env: { CHROME_PATH: '/opt/b', PUPPETEER_EXECUTABLE_PATH: '/opt/c' },
    });
    expect(await findBrowser('/opt/a', machine)).toBe('/opt/a');
    expect(await findBrowser(undefined, machine)).toBe('/opt/b');
    expect(await findBrowser(undefined, { ...machine, env: { PUPPETEER_EXECUTABLE_PATH: '/opt/c' } })).toBe('/opt/c');
  });

  it('stops with exit code 2 when a named browser is missing, rather than picking another', async () => {
    const machine = fakeMachine('linux', ['/usr/bin/google-chrome'], { env: { CHROME_PATH: '/nope/chrome' } });
    const error = await findBrowser(undefined, machine).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).exitCode).toBe(2);
    expect((error as StudyguideError).code).toBe('no-browser');
    expect((error as StudyguideError).message).toBe('CHROME_PATH names a browser that does not exist: /nope/chrome');
    // Installing Chromium, which the hint alone said, would not have helped: the name is looked at first.
    expect((error as StudyguideError).hint).toBe(
      `set CHROME_PATH to a Chrome, Chromium or Edge program, or unset it to use one installed in the usual place; with no browser installed, ${noBrowserHint('linux')}`,
    );
    const flag = (await findBrowser('/nope/chrome', machine).catch((e: unknown) => e)) as StudyguideError;
    expect(flag.hint).toMatch(/^give --browser-path a Chrome, Chromium or Edge program, or leave it out; with no browser installed, install Chromium/);
  });

  it("falls back to Puppeteer's browser cache, in the home folder or PUPPETEER_CACHE_DIR", async () => {
    const shell = '/home/ann/.cache/puppeteer/chrome-headless-shell/linux-131.0.1/chrome-headless-shell-linux64/chrome-headless-shell';
    const asked: string[] = [];
    const cached = async (dir: string) => (asked.push(dir), [shell]);
    expect(await findBrowser(undefined, fakeMachine('linux', ['/home/ann/.cache/puppeteer', shell], { cached }))).toBe(shell);
    expect(asked).toEqual(['/home/ann/.cache/puppeteer']);
    const elsewhere = fakeMachine('linux', ['/srv/pp', shell], {
      cached: async (dir) => (dir === '/srv/pp' ? [shell] : []),
      env: { PUPPETEER_CACHE_DIR: '/srv/pp' },
    });
    expect(await findBrowser(undefined, elsewhere)).toBe(shell);
  });

  it('says how to get a browser on each system', async () => {
    const error = (await findBrowser(undefined, fakeMachine('darwin', [])).catch((e: unknown) => e)) as StudyguideError;
    expect(error.hint).toBe(noBrowserHint('darwin'));
    expect(noBrowserHint('darwin')).toContain('brew install --cask google-chrome');
    expect(noBrowserHint('linux')).toContain('apt-get install chromium');
    expect(noBrowserHint('win32')).toContain('Microsoft Edge');
    for (const os of ['linux', 'darwin', 'win32'] as const) expect(noBrowserHint(os)).toContain('npx @puppeteer/browsers install chrome-headless-shell@stable');
  });
});

describe('a named browser that exists but cannot be started', () => {
  it('is one line naming it and why (it crashed the build with a stack before), exit 2', async () => {
    const dir = await tempDir('studyguide-browser-');
    const text = path.join(dir, 'notes.txt');
    await writeFile(text, 'not a program', { mode: 0o644 });
    const failure = (p: Promise<unknown>) => p.then(() => undefined).catch((err: unknown) => err);
    const folder = await failure(findBrowser(dir, systemProbe()));
    expect(folder).toBeInstanceOf(StudyguideError);
    expect((folder as StudyguideError).message).toBe(`--browser-path names a browser that cannot be started: ${dir} (it is a folder)`);
    expect((folder as StudyguideError).exitCode).toBe(2);
    if (process.platform !== 'win32') {
      const file = await failure(findBrowser(undefined, { ...systemProbe(), env: { CHROME_PATH: text } }));
      expect((file as StudyguideError).message).toBe(`CHROME_PATH names a browser that cannot be started: ${text} (it is not a program you may run)`);
    }
  });
});
