#!/usr/bin/env node
// What Chromium's renderers do for each kind of page job of one build: layouts, style recalcs and
// the renderer main thread's CPU, read from the DevTools Performance metrics of every page the
// build uses, grouped by what the page was used for ("measuring a part of guide.pdf", …).
//
//   node bench/page-work.mjs deck.md [--outputs guide] [--paper letter]     (after npm run compile)
//
// Each job is one line too (--jobs), with the DOM nodes alive in its renderer then (a reused
// page's earlier documents count until collected): a guide part measured again after the part
// before handed it its tail shows as a second measuring line. The main thread's CPU (ThreadTime) is
// what to compare between runs on a loaded machine: LayoutDuration and TaskDuration are wall
// times, four times the CPU at a load of 30 on two cores.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserSession } from '../dist/print/browser-session.js';
import { build } from '../dist/build.js';
import { defaultOptions } from '../dist/model/option-schema.js';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const jobs = args.includes('--jobs') ? (args.splice(args.indexOf('--jobs'), 1), true) : false;
const outputs = (flag('--outputs') ?? 'guide,cards,cheatsheet').split(',');
const paper = flag('--paper');
if (args.length !== 1) {
  process.stderr.write('usage: node bench/page-work.mjs deck.md [--outputs guide,cards] [--paper letter] [--jobs]\n');
  process.exit(2);
}

/** The metrics compared, as DevTools names them. */
const KEYS = ['LayoutCount', 'LayoutDuration', 'RecalcStyleCount', 'RecalcStyleDuration', 'ThreadTime', 'TaskDuration'];

/** A session that reads every page's metrics before and after each job it runs. */
class MeteredSession extends BrowserSession {
  /** One CDP session per page, never detached (a client letting go of a page can reset its emulated media). */
  cdp = new WeakMap();
  rows = [];
  async metrics(page) {
    let cdp = this.cdp.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      this.cdp.set(page, cdp);
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  }
  withPage(fn, what, reuse, alone) {
    return super.withPage(
      async (page) => {
        const before = await this.metrics(page);
        const started = Date.now();
        try {
          return await fn(page);
        } finally {
          // A page that failed keeps its error; its metrics are left out.
          const after = await this.metrics(page).catch(() => undefined);
          if (after) {
            const row = { what: what ?? '(unnamed)', wall: (Date.now() - started) / 1000, nodes: after.Nodes };
            for (const k of KEYS) row[k] = after[k] - (before[k] ?? 0);
            this.rows.push(row);
          }
        }
      },
      what,
      reuse,
      alone,
    );
  }
}

const out = await mkdtemp(path.join(os.tmpdir(), 'page-work-'));
const session = new MeteredSession();
const started = process.hrtime.bigint();
try {
  const result = await build(
    { ...defaultOptions(), paths: [path.resolve(args[0])], outDir: out, outputs, cache: false, ...(paper ? { paper } : {}) },
    () => undefined,
    { session },
  );
  if (result.failed.length) throw new Error(`the build failed: ${JSON.stringify(result.failed)}`);
} finally {
  await session.dispose();
  await rm(out, { recursive: true, force: true });
}
const wall = Number(process.hrtime.bigint() - started) / 1e9;
const f1 = (n) => n.toFixed(1);
const byWhat = new Map();
for (const r of session.rows) {
  const g = byWhat.get(r.what) ?? { what: r.what, jobs: 0, ...Object.fromEntries(KEYS.map((k) => [k, 0])) };
  g.jobs++;
  for (const k of KEYS) g[k] += r[k];
  byWhat.set(r.what, g);
}
console.log(`${args[0]}: ${f1(wall)} s wall, load ${os.loadavg().map(f1).join(' ')}`);
console.log('| page job | jobs | layouts | style recalcs | renderer main thread CPU | layout (wall) | tasks (wall) |');
console.log('| --- | --: | --: | --: | --: | --: | --: |');
for (const g of [...byWhat.values()].sort((a, b) => b.ThreadTime - a.ThreadTime))
  console.log(
    `| ${g.what} | ${g.jobs} | ${g.LayoutCount} | ${g.RecalcStyleCount} | ${f1(g.ThreadTime)} s | ${f1(g.LayoutDuration)} s | ${f1(g.TaskDuration)} s |`,
  );
if (jobs)
  for (const r of session.rows)
    console.log(
      `  ${r.what}: ${r.LayoutCount} layouts, ${r.RecalcStyleCount} style recalcs, ${f1(r.ThreadTime)} s CPU, ${r.nodes} nodes, ${f1(r.wall)} s wall`,
    );
