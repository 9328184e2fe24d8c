#!/usr/bin/env node
// Pretest: the end-to-end tests read the PDFs with poppler (pdftotext, pdfinfo) and mupdf (mutool).
// A fresh Debian machine has neither; as root with apt-get, install them, else say how and fail early.
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const onPath = (cmd) => (process.env.PATH || '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, cmd)));

function main() {
  const ready = () => onPath('pdftotext') && onPath('pdfinfo') && onPath('mutool');
  if (ready()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('studyguide tests: installing poppler-utils and mupdf-tools to read the PDFs…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils', 'mupdf-tools'], { stdio: 'inherit', env });
      if (ready()) return;
    } catch {
      // Fall through to the message.
    }
  }
  console.error(
    'studyguide tests: pdftotext/pdfinfo/mutool not found — install poppler-utils and mupdf-tools (apt-get install -y poppler-utils mupdf-tools; brew install poppler mupdf-tools)',
  );
  process.exit(2);
}

main();
