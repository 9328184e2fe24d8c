#!/usr/bin/env node
// `prepack` / `postpack`: the packed package.json leaves out `prepare`, the repository's own set-up
// (compile dist/, find a browser; scripts/prepare-repo.cjs, which is not in the package). npm
// never runs a tarball's or registry package's `prepare`, but npm 11 lists it at install
// ("1 package has install scripts not yet covered by allowScripts: studyguide (prepare: …)"),
// as if installing us ran code. `hide` keeps the file's exact bytes aside; `restore` puts them back.
const { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const manifest = path.join(root, 'package.json');
const kept = path.join(root, 'node_modules', '.cache', 'studyguide-pack', 'package.json');

function hide() {
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  if (!pkg.scripts || !('prepare' in pkg.scripts)) return;
  mkdirSync(path.dirname(kept), { recursive: true });
  writeFileSync(kept, text);
  delete pkg.scripts.prepare;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
}

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

const command = process.argv[2];
if (command === 'hide') hide();
else if (command === 'restore') restore();
else {
  console.error('usage: node scripts/pack-manifest.cjs hide|restore');
  process.exit(2);
}
