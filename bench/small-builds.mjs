#!/usr/bin/env node
// `node bench/small-builds.mjs [rounds] [--diagrams] [--only WORD]`: the fixed cost of one small build in a warm
// process, as each e2e test file pays it. One browser and one session, as the e2e workers share
// (test/helpers.ts buildWith); decks parse in place, as most e2e files do (test/parse-in-place.ts).
// Each round builds a one-question deck, then a folder of three tiny decks (and with --diagrams a
// deck of four diagrams), every output, no cache; after two rounds of warm-up it prints the median
// CPU of each build: this process (process.cpuUsage) and the browser's processes (bench/tree-cpu.mjs).
// Profile the Node side with `node --cpu-prof bench/small-builds.mjs 12`. Runs from dist/: compile first.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { addSample, cpuSum, treeTimes } from './tree-cpu.mjs';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 12);
const withDiagrams = args.includes('--diagrams');
const WARM_UP = 2;

process.env.STUDYGUIDE_PARSE_INLINE_BYTES ??= String(64 << 20);
const { build } = await import('../dist/build.js');
const { BrowserSession, LAUNCH_ARGS } = await import('../dist/print/browser-session.js');
const { findBrowser } = await import('../dist/print/find-browser.js');
const { defaultOptions } = await import('../dist/model/option-schema.js');

/** A deck of `n` questions with a card answer and a short full answer each. */
const deck = (title, n) =>
  `# ${title}\n\n## Basics\n\n` +
  Array.from(
    { length: n },
    (_, i) => `### What does step ${i + 1} of ${title} do?\n\n> It checks the ${i + 1}th thing.\n\nIt reads the input, checks it and writes one line.\n`,
  ).join('\n');

const dir = await mkdtemp(path.join(os.tmpdir(), 'studyguide-small-builds-'));
await writeFile(path.join(dir, 'one.md'), deck('One question', 1));
await mkdir(path.join(dir, 'three'));
for (const name of ['alpha', 'beta', 'gamma']) await writeFile(path.join(dir, 'three', `${name}.md`), deck(`Deck ${name}`, 2));
const allCases = [
  { name: 'one-question deck', paths: [path.join(dir, 'one.md')] },
  { name: 'three decks, one build', paths: [path.join(dir, 'three')] },
];
allCases.push({ name: 'four-diagram deck', paths: [path.resolve('test/fixtures/diagrams/deck.md')] });
// `--only diagram` (a word of a case's name): that case alone, each build after one of its kind.
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const cases = allCases.filter((c) => (only ? c.name.includes(only) : withDiagrams || !c.name.includes('diagram')));

const browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...LAUNCH_ARGS, '--no-sandbox'] });
// The browser's tree is sampled often (a renderer closed mid-build keeps its last figure); the
// sampling's own CPU, here in this process, is taken out of the build's.
const seen = new Map();
let samplingUs = 0;
const sample = () => {
  const u0 = process.cpuUsage();
  addSample(seen, treeTimes(browser.process().pid));
  const u = process.cpuUsage(u0);
  samplingUs += u.user + u.system;
  return cpuSum(seen);
};
const timer = setInterval(sample, 50);
const session = new BrowserSession({ browserWSEndpoint: browser.wsEndpoint() });
const samples = new Map(cases.map((c) => [c.name, []]));
try {
  for (let round = 0; round < rounds + WARM_UP; round++) {
    for (const c of cases) {
      const outDir = path.join(dir, `out-${round}`);
      const t0 = process.hrtime.bigint();
      const b0 = sample();
      const s0 = samplingUs;
      const u0 = process.cpuUsage();
      const result = await build({ ...defaultOptions(), paths: c.paths, outDir, cache: false }, () => {}, { session });
      const u = process.cpuUsage(u0);
      const b1 = sample();
      const own = samplingUs - s0;
      if (result.failed.length) throw new Error(`${c.name}: ${String(result.failed[0].error)}`);
      if (round < WARM_UP) continue;
      samples.get(c.name).push({
        node: (u.user + u.system - own) / 1000,
        browser: b1 - b0,
        wall: Number(process.hrtime.bigint() - t0) / 1e6,
      });
      await rm(outDir, { recursive: true, force: true });
    }
  }
} finally {
  clearInterval(timer);
  await session.dispose();
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = os.loadavg()[0].toFixed(1);
console.log(`median of ${rounds} builds after ${WARM_UP} of warm-up (load ${load} on ${os.availableParallelism()} cores), ms:`);
for (const [name, xs] of samples) {
  const [node, chromium, wall] = ['node', 'browser', 'wall'].map((k) => median(xs.map((x) => x[k])));
  console.log(
    `  ${name.padEnd(24)} CPU ${String(Math.round(node + chromium)).padStart(5)} (node ${Math.round(node)}, browser ${Math.round(chromium)}), wall ${Math.round(wall)}`,
  );
}
