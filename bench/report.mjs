// Turns measured runs into the benchmark table, the target checks and BENCHMARKS.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Everything below this line of BENCHMARKS.md is written by hand and kept across runs. */
const NOTES_MARK = '<!-- hand-written notes below: kept when the benchmark rewrites this file -->';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One table row from the runs of one case. */
export function summarize(label, results, { pages, key, note, lowerBound } = {}) {
  const ms = results.map((r) => r.ms);
  return {
    label,
    key,
    note,
    // A run stopped at its time limit: its times are at least these.
    lowerBound: lowerBound || undefined,
    runs: results.length,
    median: median(ms),
    min: Math.min(...ms),
    max: Math.max(...ms),
    cpu: median(results.map((r) => r.cpu)),
    peakRss: Math.max(...results.map((r) => r.peakRss)),
    peakPss: Math.max(...results.map((r) => r.peakPss)),
    pages,
  };
}

const secs = (ms) => (ms < 1000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
const mib = (bytes) => `${Math.round(bytes / 2 ** 20)} MiB`;
// Against a floor that was stopped unfinished, the ratio is at most this.
const ratio = (a, b) => (a?.runs && b?.runs ? `${b.lowerBound ? '≤ ' : ''}${(a.median / b.median).toFixed(2)}` : '–');
/** The floor a row is compared with: the bundled decks' own, or the floor of a generated size's own HTML. */
const floorOf = (r, by) => (r.key === 'cold' ? by.floor : r.key?.startsWith('gen-') ? by[`floor-${r.key.slice(4)}`] : undefined);

/** The table (markdown) and the whole BENCHMARKS.md text. */
export function renderReport({ machine, rows, watch, runs, date, sizes = [] }) {
  const by = Object.fromEntries(rows.map((r) => [r.key, r]));
  const lines = [
    '| case | runs | median wall | min – max | CPU (median) | peak memory (PSS) | peak RSS sum | pages | ours / floor | ours / md-to-pdf |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const r of rows) {
    if (!r.runs) {
      lines.push(`| ${r.label} (${r.note}) | 0 | | | | | | | | |`);
      continue;
    }
    const floor = floorOf(r, by);
    const ratios = [floor ? ratio(r, floor) : '', r.key === 'cold' ? ratio(r, by.peer) : ''];
    const at = r.lowerBound ? '≥ ' : '';
    lines.push(
      `| ${r.label}${r.note ? ` (${r.note})` : ''} | ${r.runs} | ${at}${secs(r.median)} | ${at}${secs(r.min)} – ${secs(r.max)} | ${at}${r.cpu.toFixed(1)} s | ${mib(r.peakPss)} | ${mib(r.peakRss)} | ${r.pages ?? ''} | ${ratios[0]} | ${ratios[1]} |`,
    );
  }
  for (const [key, w] of Object.entries(watch ?? {}))
    if (w)
      lines.push(
        `| watch: save → ${key}.html updated, bundled deck${w.note ? ` (${w.note})` : ''} | ${w.runs} | ${w.median} ms | ${w.min} – ${w.max} ms | ${w.cpu === undefined ? '' : `${w.cpu} ms a save`} | | | | | |`,
      );
  const table = lines.join('\n');

  const markdown = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${date}. Wall times are medians of ${runs} runs unless the row says`,
    'otherwise; every build is a new process, as a user runs it. Memory is sampled from /proc every',
    '50 ms over the whole process tree (Node and every Chromium process), and so is CPU time (user +',
    'system seconds of every process of the tree: unlike wall time, barely inflated by other work on',
    'the machine; a wall time below the CPU time means both cores were used). PSS shares each page among',
    'the processes that map it, so it adds up to real use; the plain RSS sum counts shared pages once',
    'per process (Chromium shares a lot) and is shown for comparison.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores; ${machine.memoryGiB} GiB memory`,
    `- OS: ${machine.os}; Node ${machine.node}; ${machine.chromium}`,
    `- Load average (1, 5, 15 min) at the start: ${machine.load}; at the end: ${machine.loadAfter}`,
    '',
    '## Results',
    '',
    table,
    '',
    ...(sizes.length
      ? [
          '## File sizes (bundled decks, cold build)',
          '',
          '| file | size |',
          '| --- | --: |',
          ...sizes.map((f) => `| ${f.file} | ${(f.bytes / 1024).toFixed(1)} KB |`),
          '',
        ]
      : []),
    '## Targets',
    '',
    ...targets(by, watch).map((t) => `- ${t}`),
    '',
    NOTES_MARK,
    keptNotes(),
  ].join('\n');
  return { table, markdown };
}

/** Each target of the performance issue (#18), met or missed and by how much. */
function targets(by, watch) {
  const out = [];
  const check = (name, value, limit, unit, text) =>
    value === undefined || Number.isNaN(value)
      ? out.push(`${name}: not measured`)
      : out.push(`${name}: ${text} → ${value <= limit ? 'met' : `**missed** by ${((value / limit - 1) * 100).toFixed(0)} %`} (target ≤ ${limit}${unit})`);
  const r = (a, b) => (a?.runs && b?.runs ? a.median / b.median : undefined);
  const cpu = (a, b) => (a?.runs && b?.runs ? ` (by CPU time: ${(a.cpu / b.cpu).toFixed(2)} ×)` : '');
  check('Bundled decks vs the floor, wall time', r(by.cold, by.floor), 0.6, ' ×', `${r(by.cold, by.floor)?.toFixed(2)} ×${cpu(by.cold, by.floor)}`);
  check('Bundled decks vs md-to-pdf, wall time', r(by.cold, by.peer), 0.8, ' ×', `${r(by.cold, by.peer)?.toFixed(2)} ×${cpu(by.cold, by.peer)}`);
  const big = by['gen-5000']?.runs ? by['gen-5000'] : undefined;
  check('5,000 questions, wall time', big && big.median / 1000, 45, ' s', big ? `${secs(big.median)} (CPU ${big.cpu.toFixed(1)} s)` : '');
  check('5,000 questions, peak memory (PSS, whole process tree)', big && big.peakPss / 2 ** 30, 1.5, ' GiB', big ? mib(big.peakPss) : '');
  check('1,000 → 5,000 questions', r(big, by['gen-1000']), 5.5, ' ×', `${r(big, by['gen-1000'])?.toFixed(2)} ×`);
  // Not a target of its own: what the browser alone needs for the same 5,000-question HTML says
  // how far below it the 45 s target lies.
  const floor = by['floor-5000'];
  if (floor?.runs)
    out.push(
      `For reference, Chromium alone printing the 5,000-question HTML (the floor at that size): ${floor.lowerBound ? 'at least ' : ''}${secs(floor.median)} (CPU ${floor.cpu.toFixed(1)} s)${big ? `; ours ${ratio(big, floor)} × that` : ''}${floor.median > 45_000 ? ': over 45 s by itself' : ''}`,
    );
  const bank = by['bank-500']?.runs ? by['bank-500'] : undefined;
  check(
    'Generated 500-question bank in the `N. ### Question` layout',
    bank && bank.median / 1000,
    30,
    ' s',
    bank ? `${secs(bank.median)} (CPU ${bank.cpu.toFixed(1)} s)` : '',
  );
  check('No-op rebuild', by.noop?.runs ? by.noop.median / 1000 : undefined, 0.2, ' s', by.noop ? secs(by.noop.median) : '');
  if (by.edit?.runs)
    out.push(
      `One-question edit reprints only what changed: ${secs(by.edit.median)}; ${by.edit.note} → ${/not rewritten/.test(by.edit.note ?? '') ? 'met (per deck: the edited deck prints all its outputs again)' : '**missed**'}`,
    );
  else out.push('One-question edit: not measured');
  for (const [key, name] of [
    ['guide', 'guide.html'],
    ['cards', 'cards.html'],
    ['cheatsheet', 'cheatsheet.html'],
  ]) {
    const w = watch?.[key];
    check(`Watch save → ${name} updated, median`, w?.median, 150, ' ms', w ? `${w.median} ms (${w.min} – ${w.max} ms${w.note ? `; ${w.note}` : ''})` : '');
  }
  return out;
}

/** The hand-written part of the existing BENCHMARKS.md, if any. */
function keptNotes() {
  try {
    const text = readFileSync(path.join(root, 'BENCHMARKS.md'), 'utf8');
    const at = text.indexOf(NOTES_MARK);
    return at >= 0 ? text.slice(at + NOTES_MARK.length).replace(/^\n/, '') : '';
  } catch {
    return '';
  }
}
