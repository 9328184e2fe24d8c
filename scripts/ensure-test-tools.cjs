#!/usr/bin/env node
// Pretest: the end-to-end tests read the PDFs with poppler (pdftotext, pdfinfo) and mupdf (mutool),
// and print Japanese and Chinese decks with a system CJK face (the path a user without an npm face
// takes). A fresh Debian machine has none of these; as root with apt-get, install them, else say how
// and fail early.
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const onPath = (cmd) => (process.env.PATH || '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, cmd)));

/** True when fontconfig knows a face for Japanese (fonts-noto-cjk gives one for kanji and kana). */
function hasCjkFace() {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    // No fc-list (fontconfig's tools): look for the face the package installs.
    return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  }
}

const TOOLS = {
  'poppler-utils': () => onPath('pdftotext') && onPath('pdfinfo'),
  'mupdf-tools': () => onPath('mutool'),
  'fonts-noto-cjk': hasCjkFace,
  unzip: () => onPath('unzip'),
};

function main() {
  const missing = () => Object.keys(TOOLS).filter((pkg) => !TOOLS[pkg]());
  if (!missing().length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`studyguide tests: installing ${missing().join(', ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', ...missing()], { stdio: 'inherit', env });
      if (!missing().length) return;
    } catch {
      // Fall through to the message.
    }
  }
  console.error(
    `studyguide tests: ${missing().join(', ')} not found — install them (apt-get install -y poppler-utils mupdf-tools fonts-noto-cjk unzip; brew install poppler mupdf-tools and a CJK font)`,
  );
  process.exit(2);
}

main();
