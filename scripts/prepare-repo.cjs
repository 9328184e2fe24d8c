#!/usr/bin/env node
// npm's `prepare`, for this repository's own `npm install`: compile dist/ (and the config
// schema), then make sure a browser exists (scripts/ensure-browser.cjs, which may apt-get
// Debian's chromium as root). npm does not run `prepare` for a registry or tarball install,
// and this file is not in the package; should it run anyway, without src/ there is nothing to
// set up. Under `npm pack`/`publish`, `prepack` has compiled already and nothing is installed.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const command = process.env.npm_command;
if (!existsSync(path.join(root, 'src')) || command === 'pack' || command === 'publish') process.exit(0);
execSync('npm run compile', { cwd: root, stdio: 'inherit' });
require('./ensure-browser.cjs');
