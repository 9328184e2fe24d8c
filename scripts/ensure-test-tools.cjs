#!/usr/bin/env node
// Pretest: the end-to-end tests read the PDFs with poppler (pdftotext, pdfinfo). A fresh Debian
// machine has none; as root with apt-get, install poppler-utils, else say how and fail early.
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const onPath = (cmd) => (process.env.PATH || '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, cmd)));

function main() {
  if (onPath('pdftotext') && onPath('pdfinfo')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('studyguide tests: installing poppler-utils (pdftotext, pdfinfo) to read the PDFs…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
      if (onPath('pdftotext')) return;
    } catch {
      // Fall through to the message.
    }
  }
  console.error('studyguide tests: pdftotext/pdfinfo not found — install poppler-utils (apt-get install -y poppler-utils, brew install poppler)');
  process.exit(2);
}

main();
