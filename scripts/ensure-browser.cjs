#!/usr/bin/env node
// Repository set-up only (run by scripts/prepare-repo.cjs, never for someone installing the
// package): make sure a browser exists to print PDFs with. It looks where the build looks
// (dist/print/find-browser.js, so there is one table); with none found, as root with apt-get,
// it installs Debian's chromium. It never fails the install: without a browser it says how to
// get one, and the build exits 2.
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

async function main() {
  if (process.env.STUDYGUIDE_SKIP_BROWSER_INSTALL) return;
  const { findBrowser, noBrowserHint } = await import(path.join(__dirname, '..', 'dist', 'print', 'find-browser.js'));
  const found = await findBrowser().catch((err) => err);
  if (typeof found === 'string') return console.log(`studyguide: printing with ${found}`);
  // A browser named by CHROME_PATH or PUPPETEER_EXECUTABLE_PATH that is missing is the user's to fix.
  if (/names a browser/.test(found.message)) return console.warn(`studyguide: ${found.message}`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("studyguide: no browser found; installing Debian's chromium (apt-get install -y chromium)…");
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
      const installed = await findBrowser().catch(() => undefined);
      if (installed) return console.log(`studyguide: installed Chromium; printing with ${installed}`);
    } catch {
      console.warn('studyguide: installing chromium failed');
    }
  }
  console.warn(
    `studyguide: no Chrome, Chromium or Edge found — ${noBrowserHint()}; until then \`studyguide build\` stops with exit code 2 (\`studyguide watch --no-pdf\` previews without one).`,
  );
}

main().catch((err) => console.warn(`studyguide: browser check skipped (${err.message})`));
