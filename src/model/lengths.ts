/**
 * Lengths on the command line and in config files: `3mm`, `0.04in`, `0.3cm`, `2pt`, or a bare
 * number in millimetres. Everything inside the build is in points (1/72 in).
 */

const POINTS_PER_UNIT: Record<string, number> = { mm: 72 / 25.4, cm: 720 / 25.4, in: 72, pt: 1 };

/** The unit a bare number is read in. */
export const DEFAULT_LENGTH_UNIT = 'mm';

/** Points in `text` (`1.5mm`, `-0.04in`, `2`), or undefined when it is not a length. */
export function parseLength(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text * POINTS_PER_UNIT[DEFAULT_LENGTH_UNIT] : undefined;
  const m = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const factor = POINTS_PER_UNIT[(m[2] || DEFAULT_LENGTH_UNIT).toLowerCase()];
  return factor === undefined ? undefined : Number(m[1]) * factor;
}

/** A shift on the sheet, in points: x to the right, y down, as the page is seen. */
export interface Offset {
  x: number;
  y: number;
}

/** `X,Y` (each a length) as points, or undefined when it is not two lengths. */
export function parseOffset(value: string | readonly (string | number)[]): Offset | undefined {
  const parts = typeof value === 'string' ? value.split(',') : [...value];
  if (parts.length !== 2) return undefined;
  const [x, y] = parts.map((p) => parseLength(p));
  return x === undefined || y === undefined ? undefined : { x, y };
}

/** Points as millimetres, rounded for messages and labels. */
export const toMm = (pt: number): number => Math.round((pt / POINTS_PER_UNIT.mm) * 100) / 100;

/** Millimetres and inches as points, for tables written in the manufacturer's units. */
export const mm = (n: number): number => n * POINTS_PER_UNIT.mm;
export const inch = (n: number): number => n * POINTS_PER_UNIT.in;
