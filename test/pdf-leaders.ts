import { pdfToolOutput } from './pdf-tool-output.js';

/** A row of dots drawn on a page (a dotted rule such as a contents leader), in points from the top-left. */
export interface DottedRule {
  xMin: number;
  xMax: number;
  y: number;
}

/**
 * The dotted rules of one page (1-based), read from `mutool trace`: Chromium draws a dotted
 * border as one small filled square per dot, so dots of one colour on one row, each within
 * `maxGap` points of the next, make one rule. Only rows of three dots or more count.
 */
export function dottedRules(file: string, page: number, color: string, maxGap = 4): DottedRule[] {
  const trace = pdfToolOutput('mutool', ['trace'], file, [String(page)]);
  const dots: { x: number; y: number }[] = [];
  for (const m of trace.matchAll(/<fill_path [^>]*color="([^"]*)"[^>]*transform="([^"]*)">([\s\S]*?)<\/fill_path>/g)) {
    if (m[1] !== color) continue;
    const [a, , , d, e, f] = m[2].split(/\s+/).map(Number);
    const points = [...m[3].matchAll(/<(?:moveto|lineto) x="([-\d.]+)" y="([-\d.]+)"\/>/g)].map((p) => ({ x: a * Number(p[1]) + e, y: d * Number(p[2]) + f }));
    if (points.length !== 4) continue;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const w = Math.max(...xs) - Math.min(...xs);
    const h = Math.max(...ys) - Math.min(...ys);
    if (w > 3 || h > 3) continue;
    dots.push({ x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 });
  }
  const rows = new Map<number, number[]>();
  for (const dot of dots) {
    const key = Math.round(dot.y * 2) / 2;
    rows.set(key, [...(rows.get(key) ?? []), dot.x]);
  }
  const rules: DottedRule[] = [];
  for (const [y, xs] of rows) {
    xs.sort((p, q) => p - q);
    let start = 0;
    for (let i = 1; i <= xs.length; i++) {
      if (i === xs.length || xs[i] - xs[i - 1] > maxGap) {
        if (i - start >= 3) rules.push({ xMin: xs[start], xMax: xs[i - 1], y });
        start = i;
      }
    }
  }
  return rules.sort((p, q) => p.y - q.y || p.xMin - q.xMin);
}
