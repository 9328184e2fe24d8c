// md-to-pdf, the tool a user would otherwise pick, installed once into bench/.peers/ (git-ignored)
// and pointed at the same system Chromium we print with.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PREFIX = path.join(here, '.peers');
/** 5.2.x: engines node >=12, so it runs on our Node 20; its Puppeteer is told not to download. */
export const MD_TO_PDF = 'md-to-pdf@5.2.5';
const CLI = path.join(PREFIX, 'node_modules', 'md-to-pdf', 'dist', 'cli.js');

/** Path of md-to-pdf's CLI, installing it on first use. */
export function ensureMdToPdf() {
  if (existsSync(CLI)) return CLI;
  process.stderr.write(`bench: installing ${MD_TO_PDF} into bench/.peers/ (first run only)\n`);
  execFileSync('npm', ['install', '--prefix', PREFIX, '--no-save', '--no-audit', '--no-fund', MD_TO_PDF], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (!existsSync(CLI)) throw new Error(`bench: ${MD_TO_PDF} did not install into ${PREFIX}`);
  return CLI;
}

/** Arguments converting one markdown file to a PDF next to it, with the given browser. */
export function mdToPdfArgs(cli, mdFile, browser) {
  const launch = { executablePath: browser, args: ['--no-sandbox', '--disable-gpu'] };
  return [cli, mdFile, '--launch-options', JSON.stringify(launch)];
}

/** The version actually installed (for the report). */
export function mdToPdfVersion() {
  try {
    return execFileSync(process.execPath, ['-p', `require(${JSON.stringify(path.join(PREFIX, 'node_modules', 'md-to-pdf', 'package.json'))}).version`], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}
