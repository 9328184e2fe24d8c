#!/usr/bin/env node
// `npm run bench`: our build against the floor (Chromium printing our own HTML from its command
// line) and against md-to-pdf, then generated decks of growing size, a no-op rebuild and a
// one-question edit. Prints the table and writes BENCHMARKS.md (see --help).
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './process-tree.mjs';
import { generateDeck } from './generate-deck.mjs';
import { generateBank } from './generate-bank.mjs';
import { ensureMdToPdf, mdToPdfArgs, mdToPdfVersion, MD_TO_PDF } from './peers.mjs';
import { describeMachine, loadNow } from './machine.mjs';
import { renderReport, summarize } from './report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HELP = `usage: npm run bench -- [--runs N] [--sizes 100,1000,5000] [--size-runs 3,3,1] [--floor-limit S] [--no-peers] [--no-watch] [--dry]
  --runs       runs of each bundled-deck case (default 5)
  --sizes      generated deck sizes (questions); --size-runs: runs of each size
  --floor-limit  seconds Chromium may print one file of the 5,000-question floor (default 600)
  --no-peers   skip md-to-pdf;  --no-watch: skip the watch-mode reload benchmark
  --dry        print the table only, do not write BENCHMARKS.md`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(flag('--runs', '5'));
const sizes = flag('--sizes', '100,1000,5000').split(',').map(Number).filter(Boolean);
const sizeRuns = flag('--size-runs', '3,3,1').split(',').map(Number);
/** Seconds Chromium may take to print one HTML file of the 5,000-question floor before it is stopped. */
const floorLimitS = Number(flag('--floor-limit', '600'));

const work = await mkdtemp(path.join(tmpdir(), 'studyguide-bench-'));
const log = (text) => process.stderr.write(`bench: ${text}\n`);
// Every run uses one frozen copy of the compiled tool: edits and recompiles in the working tree
// while the benchmark runs (which also change the cache's fingerprint) cannot reach it. Times kept:
// bin runs the CLI's bundle only when it is newer than the last compile (dist/.tsbuildinfo).
const app = path.join(work, 'app');
for (const part of ['bin', 'dist', 'templates', 'styles', 'package.json'])
  await cp(path.join(root, part), path.join(app, part), { recursive: true, preserveTimestamps: true });
await symlink(path.join(root, 'node_modules'), path.join(app, 'node_modules'));
const bin = path.join(app, 'bin', 'studyguide.js');
const { findBrowser } = await import(path.join(app, 'dist', 'print', 'find-browser.js'));
const browser = await findBrowser();
const machine = describeMachine(browser);
log(`work folder ${work}; load average ${machine.load}`);

/** Our CLI, as a user runs it: a new process per build. */
const studyguide = (paths, out, extra = []) => measure(process.execPath, [bin, 'build', ...paths, '--out', out, ...extra], { cwd: work });

/** Runs fn n times, one after another. */
async function repeat(n, fn) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(await fn(i));
  return results;
}

/** Size of every PDF directly under each deck folder of `out`, as `deck/file.pdf` → bytes. */
async function pdfSizes(out) {
  const sizes = [];
  for (const deck of await readdir(out, { withFileTypes: true })) {
    if (!deck.isDirectory()) continue;
    for (const f of (await readdir(path.join(out, deck.name))).sort())
      if (f.endsWith('.pdf')) sizes.push({ file: `${deck.name}/${f}`, bytes: (await stat(path.join(out, deck.name, f))).size });
  }
  return sizes;
}

/** Pages of every PDF directly under each deck folder of `out`. */
async function pdfPages(out) {
  let pages = 0;
  for (const deck of await readdir(out, { withFileTypes: true })) {
    if (!deck.isDirectory()) continue;
    for (const f of await readdir(path.join(out, deck.name))) if (f.endsWith('.pdf')) pages += pagesOf(path.join(out, deck.name, f));
  }
  return pages;
}
const pagesOf = (pdf) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

/**
 * Several commands run one after another count as one run: times add up, memory peaks. A command
 * stopped at its time limit (opts.limitMs) is named in `stopped`: the sums are then lower bounds.
 */
async function sequence(commands) {
  let ms = 0;
  let cpu = 0;
  let peakRss = 0;
  let peakPss = 0;
  const stopped = [];
  for (const [cmd, cmdArgs, opts] of commands) {
    const r = await measure(cmd, cmdArgs, opts);
    ms += r.ms;
    cpu += r.cpu;
    peakRss = Math.max(peakRss, r.peakRss);
    peakPss = Math.max(peakPss, r.peakPss);
    if (r.stopped) stopped.push(opts?.name ?? cmdArgs.at(-1));
  }
  return { ms, cpu, peakRss, peakPss, stopped };
}

/** Chromium's own command line printing one HTML file to a PDF: the floor's command. */
const printCommand = (html, pdf, opts = {}) => [browser, ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${pdf}`, `file://${html}`], opts];

const contentDir = path.join(work, 'content');
await cp(path.join(root, 'content'), contentDir, { recursive: true });
const decks = (await readdir(contentDir)).filter((f) => f.endsWith('.md')).sort();
const rows = [];
let watch;
/** PDF sizes of the cold build of the bundled decks. */
let fileSizes = [];
/** Writes BENCHMARKS.md with the rows so far: a run cut short still leaves its numbers. */
async function save() {
  machine.loadAfter = loadNow();
  const report = renderReport({ machine, rows, watch, runs, date: new Date().toISOString(), sizes: fileSizes });
  if (!args.includes('--dry')) await writeFile(path.join(root, 'BENCHMARKS.md'), report.markdown);
  return report;
}

// 1–3. The bundled decks cold (a new process, no cache, every default output), the floor
// (Chromium's own command line printing the same guide and cards HTML, one command per file) and
// md-to-pdf on the same markdown (one plain PDF per deck), run interleaved, round by round: this
// machine's speed drifts by a fifth within minutes, and running each series whole would put that
// drift into the ratios. Our first build comes first: it writes the HTML the floor prints.
log(`cold builds of content/ (${decks.length} decks), the floor and md-to-pdf, ${runs} interleaved rounds`);
const coldOut = path.join(work, 'cold');
const cold = [await studyguide([contentDir], coldOut, ['--no-cache'])];
const htmlFiles = decks.flatMap((d) => ['guide.html', 'cards.html'].map((n) => path.join(coldOut, d.replace(/\.md$/, ''), n)));
const floorDir = path.join(work, 'floor');
await mkdir(floorDir);
const floorCommands = htmlFiles.map((html, i) => printCommand(html, path.join(floorDir, `${i}.pdf`)));
const floor = [];
const peerLabel = `md-to-pdf ${MD_TO_PDF.split('@')[1]}, one plain PDF per deck`;
let peer = args.includes('--no-peers') ? undefined : [];
let peerCommands = [];
let peerError;
const mdDir = path.join(work, 'md-to-pdf');
if (peer) {
  try {
    const cli = ensureMdToPdf();
    await mkdir(mdDir);
    for (const d of decks) await copyFile(path.join(contentDir, d), path.join(mdDir, d));
    peerCommands = decks.map((d) => [process.execPath, mdToPdfArgs(cli, path.join(mdDir, d), browser), { cwd: mdDir }]);
  } catch (err) {
    peerError = err;
  }
}
for (let round = 0; round < runs; round++) {
  if (round > 0) cold.push(await studyguide([contentDir], coldOut, ['--no-cache']));
  floor.push(await sequence(floorCommands));
  if (peer && !peerError) {
    try {
      peer.push(await sequence(peerCommands));
    } catch (err) {
      peerError = err;
    }
  }
}
rows.push(summarize('bundled, cold (`--no-cache`)', cold, { pages: await pdfPages(coldOut), key: 'cold' }));
fileSizes = await pdfSizes(coldOut);
const floorPages = htmlFiles.reduce((sum, _h, i) => sum + pagesOf(path.join(floorDir, `${i}.pdf`)), 0);
rows.push(summarize('floor: chromium --print-to-pdf, guide + cards HTML', floor, { pages: floorPages, key: 'floor' }));
if (peer && !peerError) {
  const pages = decks.reduce((sum, d) => sum + pagesOf(path.join(mdDir, d.replace(/\.md$/, '.pdf'))), 0);
  rows.push(summarize(peerLabel.replace(MD_TO_PDF.split('@')[1], mdToPdfVersion()), peer, { pages, key: 'peer' }));
} else if (peer) {
  // md-to-pdf gives up after 30 s loading its page, which a very busy machine can exceed.
  log(`md-to-pdf failed: ${String(peerError).split('\n')[0]}`);
  rows.push({
    label: peerLabel,
    key: 'peer',
    runs: 0,
    note: `FAILED: ${
      String(peerError)
        .split('\n')
        .find((l) => /Error:/.test(l))
        ?.trim() ?? 'see log'
    }`,
  });
}
await save();

/** The generated size whose own HTML is also printed by Chromium alone (the floor at that size). */
const FLOOR_SIZE = 5000;

/**
 * The floor at FLOOR_SIZE questions: Chromium's command line printing the HTML our build of that
 * deck wrote (guide, cards, cheat sheet, quiz), one command per file, once, as the bundled floor
 * does. A file Chromium has not printed within --floor-limit seconds is stopped and named: the
 * row's time is then a lower bound.
 */
async function largeFloor(deckOut, floorOut) {
  await mkdir(floorOut, { recursive: true });
  const names = ['guide.html', 'cards.html', 'cheatsheet.html', 'quiz.html'];
  const files = [];
  for (const n of names) if (await stat(path.join(deckOut, n)).catch(() => undefined)) files.push(n);
  log(`the floor at ${FLOOR_SIZE} questions: chromium --print-to-pdf of ${files.join(', ')} (at most ${floorLimitS} s each)`);
  const pdfs = files.map((n) => path.join(floorOut, n.replace(/\.html$/, '.pdf')));
  const r = await sequence(files.map((n, i) => printCommand(path.join(deckOut, n), pdfs[i], { limitMs: floorLimitS * 1000, name: n })));
  let pages = 0;
  for (const pdf of pdfs)
    pages += await stat(pdf)
      .then(() => pagesOf(pdf))
      .catch(() => 0);
  const label = `floor at ${FLOOR_SIZE.toLocaleString('en')} questions: chromium --print-to-pdf, ${files.map((n) => n.replace(/\.html$/, '')).join(' + ')} HTML`;
  const note = r.stopped.length ? `${r.stopped.join(', ')} stopped unprinted after ${floorLimitS} s: times are lower bounds` : undefined;
  return summarize(label, [r], { pages, key: `floor-${FLOOR_SIZE}`, note, lowerBound: r.stopped.length > 0 });
}

// 4. Generated decks of growing size.
for (const [i, size] of sizes.entries()) {
  const n = sizeRuns[i] ?? 1;
  const dir = path.join(work, `gen-${size}`);
  await mkdir(dir);
  const deck = path.join(dir, `deck-${size}.md`);
  await writeFile(deck, generateDeck(size));
  log(`generated deck of ${size} questions, ${n} run(s)`);
  const out = path.join(dir, 'out');
  const label = `generated, ${size.toLocaleString('en')} questions, cold`;
  try {
    const built = await repeat(n, () => studyguide([deck], out, ['--no-cache']));
    rows.push(summarize(label, built, { pages: await pdfPages(out), key: `gen-${size}` }));
    if (size === FLOOR_SIZE) rows.push(await largeFloor(path.join(out, `deck-${size}`), path.join(dir, 'floor')));
  } catch (err) {
    // A size that fails is a result too: the table says so and the other cases still run.
    log(`${label} failed: ${String(err).split('\n').slice(0, 3).join(' ')}`);
    rows.push({
      label,
      key: `gen-${size}`,
      runs: 0,
      note: `FAILED: ${
        String(err)
          .split('\n')
          .find((l) => l.includes('error')) ?? String(err).split('\n')[0]
      }`,
    });
  }
  await save();
}

// 4b. A foreign bank of 500 questions in the `N. ### Question` layout (content/layouts/).
{
  const size = 500;
  const dir = path.join(work, `bank-${size}`);
  await mkdir(dir);
  const bank = path.join(dir, `bank-${size}.md`);
  await writeFile(bank, generateBank(size));
  const label = `foreign bank (\`N. ### Question\` list), ${size} questions, cold`;
  log(label);
  const out = path.join(dir, 'out');
  try {
    const built = await repeat(1, () => studyguide([bank], out, ['--no-cache']));
    rows.push(summarize(label, built, { pages: await pdfPages(out), key: `bank-${size}` }));
  } catch (err) {
    rows.push({ label, key: `bank-${size}`, runs: 0, note: `FAILED: ${String(err).split('\n')[0]}` });
  }
  await save();
}

// 5a. A no-op rebuild of the bundled decks (the cold runs left their outputs and cache behind).
log(`no-op rebuilds, ${runs} runs`);
const noop = await repeat(runs, () => studyguide([contentDir], coldOut));
rows.push(summarize('bundled, no-op rebuild', noop, { key: 'noop' }));

// 5b. One question of one deck edited between builds: only that deck is printed again.
const editDir = path.join(work, 'edit');
await mkdir(path.join(editDir, 'content'), { recursive: true });
for (const d of decks) await copyFile(path.join(contentDir, d), path.join(editDir, 'content', d));
const editOut = path.join(editDir, 'out');
await studyguide([path.join(editDir, 'content')], editOut);
const edited = path.join(editDir, 'content', decks[0]);
const original = await readFile(edited, 'utf8');
const untouched = decks.slice(1).map((d) => path.join(editOut, d.replace(/\.md$/, ''), 'guide.pdf'));
const mtimes = async () => Promise.all(untouched.map(async (f) => (await stat(f)).mtimeMs));
const before = await mtimes();
log(`one-question edits of ${decks[0]}, ${runs} runs`);
const edits = await repeat(runs, async (i) => {
  // A different edit each run: the card answer of the first question gains a sentence.
  await writeFile(
    edited,
    original.replace(/^> (.*)$/m, (_m, line) => `> ${line} Edit ${i + 1}.`),
  );
  return studyguide([path.join(editDir, 'content')], editOut);
});
const othersKept = (await mtimes()).every((t, i) => t === before[i]);
rows.push(
  summarize(`bundled, one question edited in ${decks[0]}`, edits, { key: 'edit', note: othersKept ? 'other decks not rewritten' : 'OTHER DECKS REWRITTEN' }),
);

await save();
// Watch mode: save → the open guide.html shows the new text (the preview's fast path, PDFs off as an author
// previewing), then cards.html and cheatsheet.html (also rendered in memory on each save; PDFs on,
// so the background build runs beside them as an author sees it).
if (!args.includes('--no-watch')) {
  watch = {};
  for (const [key, extra, n] of [
    ['guide', [], 10],
    // Ten saves each, not five: a 5-save median swung 97 → 176 ms between runs of the same path.
    ['cards', ['--page', 'cards.html'], 10],
    ['cheatsheet', ['--page', 'cheatsheet.html'], 10],
  ]) {
    try {
      log(`watch mode save → reloaded ${key}.html (bench/watch-reload.mjs --runs ${n} ${extra.join(' ')})`);
      const r = await measure(process.execPath, [path.join(root, 'bench', 'watch-reload.mjs'), '--runs', String(n), ...extra], { cwd: root });
      const m = /\| save → page shows the new text[^|]*\| (\d+) \| (\d+) \| (\d+) \| (\d+) \|/.exec(r.stdout);
      const patched = /patched in place: (\d+) of (\d+)/.exec(r.stdout);
      const cpu = /\| watch process CPU per save[^|]*\| (\d+) \|/.exec(r.stdout);
      if (m)
        watch[key] = {
          runs: n,
          median: Number(m[1]),
          min: Number(m[2]),
          max: Number(m[4]),
          cpu: cpu ? Number(cpu[1]) : undefined,
          note: `${key === 'guide' ? 'preview, PDFs off' : 'preview rendered in memory, PDFs printing in the background'}; ${patched ? `${patched[1]} of ${patched[2]} saves patched in place, the rest reloaded` : ''}`,
        };
    } catch (err) {
      // With the run's own last words (its stderr's end): the cards.html run failed inside two benches and never alone.
      log(`watch benchmark of ${key}.html failed: ${String(err).split('\n').slice(0, 12).join('\n    ')}`);
    }
    await save();
  }
}

const report = await save();
process.stdout.write(`${report.table}\n`);
if (!args.includes('--dry')) log('wrote BENCHMARKS.md');
await rm(work, { recursive: true, force: true });
