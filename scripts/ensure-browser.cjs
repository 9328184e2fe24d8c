#!/usr/bin/env node
// Postinstall: make sure a browser exists to print PDFs with. Order: $PUPPETEER_EXECUTABLE_PATH,
// a system Chrome/Chromium, Puppeteer's own cache; else, as root with apt-get, Debian's chromium.
// It never fails the install: without a browser it prints how to get one, and the build exits 2.
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');

const candidates = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

function hasPuppeteerCache() {
  try {
    const dir = require('node:path').join(require('node:os').homedir(), '.cache', 'puppeteer');
    return existsSync(dir) && require('node:fs').readdirSync(dir).some((d) => d.startsWith('chrome'));
  } catch {
    return false;
  }
}

function main() {
  if (process.env.STUDYGUIDE_SKIP_BROWSER_INSTALL) return;
  const found = candidates.find((c) => existsSync(c));
  if (found) return console.log(`studyguide: printing with ${found}`);
  if (hasPuppeteerCache()) return console.log('studyguide: printing with Puppeteer\'s cached browser');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('studyguide: no browser found; installing Debian\'s chromium (apt-get install -y chromium)…');
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
      const installed = candidates.find((c) => existsSync(c));
      if (installed) return console.log(`studyguide: installed Chromium; printing with ${installed}`);
    } catch {
      console.warn('studyguide: installing chromium failed');
    }
  }
  console.warn('studyguide: no Chrome/Chromium found — install one (apt-get install -y chromium) or set PUPPETEER_EXECUTABLE_PATH; until then `studyguide build` stops with exit code 2 (`studyguide watch --no-pdf` previews without one).');
}

main();
