#!/usr/bin/env node
// `node bench/diagram-cost.mjs [rounds]` (after `npm run compile`): what drawing the bundled
// deck's diagram costs a cold build, as CPU of the whole process tree (Chromium's included).
// Each round runs three children in turn, each with a fresh browser and no stored drawings:
// `blank` opens one blank page, `loaded` loads mermaid into the drawing page, `drawn` also
// draws the diagram. loaded − blank is mermaid's load (its modules fetched, compiled and run),
// drawn − loaded its first drawing (the diagram kind's own modules, the faces, the layout).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MODES = ['blank', 'loaded', 'drawn'];

if (process.argv[2] === '--child') await child(process.argv[3]);
else parent(Number(process.argv[2] ?? 5));

/** Runs the rounds, alternating the modes, and prints each mode's median and spread. */
function parent(rounds) {
  const cpu = Object.fromEntries(MODES.map((m) => [m, []]));
  for (let i = 0; i < rounds; i++)
    for (const mode of MODES) {
      const run = spawnSync(process.execPath, ['bench/cpu-of.mjs', process.execPath, 'bench/diagram-cost.mjs', '--child', mode], {
        cwd: root,
        encoding: 'utf8',
      });
      const found = /([\d.]+) s CPU/.exec(run.stderr);
      if (run.status !== 0 || !found) throw new Error(`diagram-cost: ${mode} failed: ${run.stderr.trim()}`);
      cpu[mode].push(Number(found[1]));
    }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const mode of MODES)
    console.log(`${mode}: median ${median(cpu[mode]).toFixed(1)} s CPU (${Math.min(...cpu[mode]).toFixed(1)}–${Math.max(...cpu[mode]).toFixed(1)})`);
  console.log(
    `mermaid's load ≈ ${(median(cpu.loaded) - median(cpu.blank)).toFixed(1)} s CPU, its first drawing ≈ ${(median(cpu.drawn) - median(cpu.loaded)).toFixed(1)} s`,
  );
}

/** One measured child: a session, then a blank page, mermaid loaded, or the diagram drawn. */
async function child(mode) {
  const { BrowserSession } = await import('../dist/print/browser-session.js');
  const { DiagramDrawer } = await import('../dist/print/draw-diagrams.js');
  const markdown = readFileSync(new URL('../content/infrastructure-engineer.md', import.meta.url), 'utf8');
  const source = /^```mermaid\n([\s\S]*?)^```/m.exec(markdown)?.[1];
  if (!source) throw new Error('diagram-cost: content/infrastructure-engineer.md has no ```mermaid block');
  const session = new BrowserSession();
  try {
    if (mode === 'blank') await session.withPage((page) => page.goto('data:text/html,'), 'a blank page');
    // An empty list would not open the page: a source mermaid refuses at once (no diagram kind)
    // loads it, with its faces, and draws nothing.
    else if (mode === 'loaded') await new DiagramDrawer(session).draw(['%% nothing']);
    else await new DiagramDrawer(session).draw([source]);
  } finally {
    await session.dispose();
  }
}
