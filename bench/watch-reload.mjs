#!/usr/bin/env node
// Save-to-reload time of `studyguide watch` on a temporary copy of the bundled deck.
//
//   node bench/watch-reload.mjs [--runs 20] [--pdf] [--page cards.html]
//
// Starts the real CLI (compiled dist/, as a user runs it), opens the deck's guide in a headless
// Chromium, then saves the deck `runs` times with a visible change and times, for each save:
//   event  save → the server's `reload` event reaching a plain HTTP client (the SSE stream)
//   page   save → the reloaded guide's DOMContentLoaded in the browser, new text present
// With --pdf the background PDF builds run too (saves are spaced so they overlap a build),
// which is what an author sees; without it the preview is measured alone. --page times another
// page of the deck (cards.html, cheatsheet.html): save → that page reloaded showing the new text,
// however many reloads that takes; they are rendered in memory on each save like the guide, and PDFs
// are on for them so the background build runs beside, as an author sees it.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../dist/print/find-browser.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 20;
const pageName = args.includes('--page') ? args[args.indexOf('--page') + 1] : 'guide.html';
const withPdf = args.includes('--pdf') || pageName !== 'guide.html';
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
  [path.join(root, 'bin', 'studyguide.js'), 'watch', deck, '--port', '0', '--out', path.join(work, 'out'), ...(withPdf ? [] : ['--no-pdf'])],
  {
    cwd: work,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
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

// The SSE stream, read by hand (Node 20 has no EventSource): resolves waiters on each reload.
let onReload = () => {};
const events = get(`${base}__studyguide/events`, (res) => {
  res.setEncoding('utf8');
  let buffer = '';
  res.on('data', (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (/^event: reload$/m.test(block)) onReload(performance.now());
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
const loadMs = []; // inside the browser: start of the reload → DOMContentLoaded done
const fetchMs = []; // inside the browser: start of the reload → last byte of the page received
for (let i = 1; i <= runs; i++) {
  const marker = `${question} (save ${i})`;
  const reloaded = new Promise((resolve) => (onReload = resolve));
  const saved = performance.now();
  let navigated = page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 });
  await writeFile(deck, original.replace(question, marker));
  if (pageName === 'guide.html') {
    const [eventAt] = await Promise.all([reloaded, navigated]);
    eventMs.push(eventAt - saved);
    const text = await page.$eval(`article.question h3`, (h) => h.textContent ?? '');
    if (!text.includes(`(save ${i})`)) throw new Error(`save ${i}: the reloaded page shows "${text}"`);
  } else {
    // Reloaded as often as the server says, until the page shows the saved text.
    for (;;) {
      await navigated;
      navigated = page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 });
      if ((await page.$eval('body', (b) => b.textContent ?? '')).includes(`(save ${i})`)) break;
    }
    navigated.catch(() => {});
    eventMs.push(Number.NaN);
  }
  const pageAt = performance.now();
  const timing = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
  loadMs.push(timing.domContentLoadedEventEnd);
  fetchMs.push(timing.responseEnd);
  pageMs.push(pageAt - saved);
  await new Promise((resolve) => setTimeout(resolve, gapMs));
}

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
  `watch save → reload of ${pageName}, bundled deck (${original.length} bytes), ${runs} saves, PDFs ${withPdf ? 'on' : 'off'}, load average ${loadavg()[0].toFixed(1)}, ${new Date().toISOString()}`,
);
console.log('| measure (ms) | median | min | p90 | max |\n| --- | --- | --- | --- | --- |');
console.log(row('re-render in the server (parse + templates)', renderMs));
console.log(row('save → reload event', eventMs));
console.log(row('browser: reload start → page received', fetchMs));
console.log(row('browser: reload start → DOMContentLoaded', loadMs));
console.log(row('save → reloaded page (DOMContentLoaded)', pageMs));
