import { execFileSync } from 'node:child_process';

/** Code points as sorted, merged [first, last] pairs. */
export type Ranges = Array<[number, number]>;

let installed: { ranges: Ranges | undefined } | undefined;

/**
 * The code points every installed font maps, from one `fc-list` call per process (asking per
 * character started one process per distinct character: hundreds for a Chinese deck, and those
 * that failed under load read as "no font"). Undefined when fontconfig cannot be asked: then
 * nothing can be said about the system. Read at once (90 to 350 ms), and only when needed: by
 * the stylesheet of pages with kana or ideographs (render/fonts.ts, the last resort for them), and
 * by the coverage warnings for characters no bundled face has.
 */
export function installedRanges(): Ranges | undefined {
  if (installed) return installed.ranges;
  let stdout: string | undefined;
  try {
    stdout = execFileSync('fc-list', ['--format', '%{charset}\n'], {
      encoding: 'utf8',
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    stdout = undefined;
  }
  installed = { ranges: stdout === undefined ? undefined : charsetRanges(stdout) };
  return installed.ranges;
}

/** fontconfig's charsets (`20-7e a0-17f …`, one line per font) as one sorted, merged list. */
function charsetRanges(stdout: string): Ranges {
  const ranges: Ranges = [];
  for (const token of stdout.split(/\s+/)) {
    const m = /^([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(token);
    if (m) ranges.push([parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)]);
  }
  const merged: Ranges = [];
  for (const [a, b] of ranges.sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Whether sorted, merged `ranges` hold `cp`: the last range starting at or before it is the only one that can. */
export function rangesHold(ranges: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ranges[lo - 1][1] >= cp;
}

/** The parts of `ranges` outside the sorted, merged `taken`. */
export function rangesWithout(ranges: Ranges, taken: Ranges): Ranges {
  const left: Ranges = [];
  for (const [a, b] of ranges) {
    let from = a;
    for (const [x, y] of taken) {
      if (y < from) continue;
      if (x > b) break;
      if (x > from) left.push([from, x - 1]);
      from = Math.max(from, y + 1);
      if (from > b) break;
    }
    if (from <= b) left.push([from, b]);
  }
  return left;
}
