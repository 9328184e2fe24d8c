#!/usr/bin/env node
// Save-to-screen time of `studyguide watch` on a temporary copy of the bundled deck.
//
//   node bench/watch-reload.mjs [--runs 20] [--pdf | --no-pdf] [--page cards.html] [--cpu-prof DIR]
//
// Starts the real CLI (compiled dist/, as a user runs it), opens the deck's guide in a headless
// Chromium, then saves the deck `runs` times with a visible change and times, for each save:
//   event  save → the server's `patch` (or `reload`) event for the page reaching a plain HTTP
//          client (the SSE stream)
//   page   save → the open page's DOM holds the new text, checked on every change of the DOM
//          (a mutation observer: reading a long page's text on every frame kept a core busy
//          beside the server being measured); patched in place or reloaded, whichever the
//          server chose (the table counts both)
// With --pdf the background PDF builds run too (saves are spaced so they overlap a build),
// which is what an author sees; without it the preview is measured alone. --page times another
// page of the deck (cards.html, cheatsheet.html), rendered in memory on each save like the guide;
// PDFs are on for them so the background build runs beside, as an author sees it (--no-pdf: the
// preview alone, to compare with the guide's). --cpu-prof writes V8 CPU profiles of the watch
// process's threads to DIR (one file a thread), to see where a save's time goes.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../dist/print/find-browser.js';
import { watchTreeCpu } from './tree-cpu.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let args;
try {
  args = parseArgs({
    options: {
      runs: { type: 'string' },
      pdf: { type: 'boolean' },
      'no-pdf': { type: 'boolean' },
      page: { type: 'string' },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`watch-reload: ${error.message}; see node bench/watch-reload.mjs --help`);
  process.exit(2);
}
if (args.help) {
  // The usage is this file's opening comment, so the two cannot disagree.
  const source = await readFile(fileURLToPath(import.meta.url), 'utf8');
  const opening = source
    .split('\n')
    .slice(1)
    .findIndex((line) => !line.startsWith('//'));
  console.log(
    source
      .split('\n')
      .slice(1, opening + 1)
      .map((line) => line.replace(/^\/\/ ?/, ''))
      .join('\n'),
  );
  process.exit(0);
}
const runs = Number(args.runs) || 20;
const pageName = args.page ?? 'guide.html';
const withPdf = !args['no-pdf'] && (args.pdf === true || pageName !== 'guide.html');
const profileDir = args['cpu-prof'] ? path.resolve(args['cpu-prof']) : undefined;
const gapMs = withPdf ? 2500 : 400;
const slug = 'infrastructure-engineer';
const question = 'What does an infrastructure engineer actually own?';

const work = await mkdtemp(path.join(tmpdir(), 'studyguide-bench-watch-'));
const deck = path.join(work, 'decks', `${slug}.md`);
await mkdir(path.dirname(deck));
await copyFile(path.join(root, 'content', `${slug}.md`), deck);
const original = await readFile(deck, 'utf8');
if (!original.includes(question)) throw new Error(`the bundled deck no longer has "${question}"; update the benchmark`);

const child = spawn(
  process.execPath,
  [
    ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
    path.join(root, 'bin', 'studyguide.js'),
    'watch',
    deck,
    '--port',
    '0',
    '--out',
    path.join(work, 'out'),
    ...(withPdf ? [] : ['--no-pdf']),
  ],
  {
    cwd: work,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
// CPU of the watch process (every thread: server, parser, PDF thread, V8's helpers, those that
// ended included) and of the Chromium it starts for the PDFs, from /proc, per process (a process
// that ends keeps its CPU): the figure to read on a loaded machine, where wall times mostly
// measure the other processes.
const cpu = watchTreeCpu(child.pid);
const renderMs = []; // the CLI's own "guide.html N ms" lines: parse + render inside the server
const base = await new Promise((resolve, reject) => {
  let text = '';
  child.stdout.on('data', (chunk) => {
    text += chunk;
    for (const m of String(chunk).matchAll(/guide\.html (\d+) ms/g)) renderMs.push(Number(m[1]));
    const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(text);
    if (m) resolve(m[0]);
  });
  child.once('exit', (code) => reject(new Error(`watch exited with ${code} before serving:\n${text}`)));
});

// The SSE stream, read by hand (Node 20 has no EventSource): resolves waiters on the first event
// that updates the page: its patch, or a reload of its deck that does not leave it alone.
// A patch must carry the save's text: one that brings a background build's printed page is not it.
let onUpdate = () => {};
let wanted = '';
const updates = (block) => {
  const type = /^event: (.*)$/m.exec(block)?.[1];
  const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? '{}');
  if (type === 'patch') return data.deck === slug && data.page === pageName && block.includes(wanted);
  if (type === 'reload') return (data.decks === '*' || data.decks.includes(slug)) && !(data.keep ?? []).includes(`${slug}/${pageName}`);
  return false;
};
const events = get(`${base}__studyguide/events`, (res) => {
  res.setEncoding('utf8');
  let buffer = '';
  res.on('data', (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (updates(block)) onUpdate(performance.now());
    }
  });
});

const browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
if (pageName !== 'guide.html') {
  // The page exists once the first build has written it.
  for (let tries = 0; ; tries++) {
    const res = await page.goto(`${base}${slug}/${pageName}`, { waitUntil: 'domcontentloaded' });
    if (res?.ok()) break;
    if (tries > 240) throw new Error(`${pageName} never appeared`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
} else await page.goto(`${base}${slug}/guide.html`, { waitUntil: 'domcontentloaded' });
await new Promise((resolve) => setTimeout(resolve, withPdf ? 12_000 : 500)); // let the first PDF build pass

const eventMs = [];
const pageMs = [];
const cpuMs = [];
const shownCpuMs = [];
const chromiumMs = [];
let patched = 0;
/** Resolves when the page's DOM holds `text`, checked on each change; it outlives a reload of the page. */
const shows = async (text) => {
  for (;;) {
    try {
      return await page.waitForFunction((t) => globalThis.document.body?.textContent?.includes(t), { polling: 'mutation', timeout: 120_000 }, text);
    } catch (err) {
      // A reload under the check ends its context; check again in the new page.
      if (!/context|detached|navigat/i.test(String(err))) throw err;
    }
  }
};
// The saves' start on the profiles' clock (both read the system's monotonic clock, in µs).
if (profileDir) console.log(`profiles: ${profileDir}; saves from ${process.hrtime.bigint() / 1000n} µs`);
for (let i = 1; i <= runs; i++) {
  const marker = `${question} (save ${i})`;
  // A reload forgets this mark; a patch keeps it.
  // Set in the page as it is now: a reload under way when asked is waited out.
  for (let tries = 0; ; tries++) {
    try {
      await page.evaluate((n) => (globalThis.sgBenchSave = n), i);
      break;
    } catch (err) {
      if (tries > 50 || !/context|detached|navigat/i.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  wanted = `(save ${i})`;
  const event = new Promise((resolve) => (onUpdate = resolve));
  const cpuBefore = cpu.read();
  const saved = performance.now();
  await writeFile(deck, original.replace(question, marker));
  await shows(`(save ${i})`);
  const shownAt = performance.now();
  shownCpuMs.push(cpu.read().own - cpuBefore.own);
  pageMs.push(shownAt - saved);
  eventMs.push((await Promise.race([event, new Promise((resolve) => setTimeout(() => resolve(Number.NaN), 5000))])) - saved);
  // The page may reload once more after showing the save (the background print brings its fitted
  // sizes): a check caught by that reload finds the page reloaded, not patched.
  const mark = await page
    .evaluate(() => globalThis.sgBenchSave)
    .catch((err) => {
      if (/context|detached|navigat/i.test(String(err))) return undefined;
      throw err;
    });
  if (mark === i) patched++;
  await new Promise((resolve) => setTimeout(resolve, gapMs));
  const cpuAfter = cpu.read();
  cpuMs.push(cpuAfter.own - cpuBefore.own);
  chromiumMs.push(cpuAfter.children - cpuBefore.children);
}

cpu.stop();
await browser.close();
events.destroy();
child.kill('SIGINT');
await new Promise((resolve) => child.once('exit', resolve));
await rm(work, { recursive: true, force: true });

const stats = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return { median: NaN, min: NaN, p90: NaN, max: NaN };
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), min: s[0], p90: at(0.9), max: s[s.length - 1] };
};
const row = (name, xs) => {
  const t = stats(xs);
  return `| ${name} | ${t.median.toFixed(0)} | ${t.min.toFixed(0)} | ${t.p90.toFixed(0)} | ${t.max.toFixed(0)} |`;
};
console.log(
  `watch save → ${pageName} showing the new text, bundled deck (${original.length} bytes), ${runs} saves, PDFs ${withPdf ? 'on' : 'off'}, load average ${loadavg()[0].toFixed(1)}, ${new Date().toISOString()}`,
);
console.log(`patched in place: ${patched} of ${runs} saves; reloaded: ${runs - patched}`);
console.log('| measure (ms) | median | min | p90 | max |\n| --- | --- | --- | --- | --- |');
console.log(row('re-render in the server (parse + templates)', renderMs));
console.log(row('save → patch or reload event (SSE)', eventMs));
console.log(row('save → page shows the new text', pageMs));
console.log(row('watch process CPU, save → page shows (the preview alone, unless a PDF build runs then)', shownCpuMs));
console.log(row(`watch process CPU per save, all threads (save → ${gapMs} ms after it shows${withPdf ? ', background PDF builds included' : ''})`, cpuMs));
if (withPdf) console.log(row(`Chromium's CPU per save (the watch's browser printing the PDFs)`, chromiumMs));
