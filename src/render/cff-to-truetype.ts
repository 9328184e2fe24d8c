import { createRequire } from 'node:module';
import type { Font, PathCommand } from 'opentype.js';

// Its CommonJS build, whichever loader asks: the ES one has no default export, and tests load src through Vite.
const opentype = createRequire(import.meta.url)('opentype.js') as { parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font };

/**
 * A TrueType (glyf) font holding the glyphs of `chars` that face `index` of an OpenType file (a
 * single font or a .ttc collection) has, and the code points it holds. Chromium's PDF writer
 * (Skia) embeds only TrueType outlines as real fonts: a face with PostScript (CFF) outlines, as
 * every Noto CJK face of fonts-noto-cjk is, prints as Type 3 bitmaps-of-paths with no font name
 * (blurry on some printers, not searchable in every viewer, larger). Redrawn in quadratic curves
 * within half a unit of the em, the same glyphs embed as a CID TrueType font.
 */
export function trueTypeOf(bytes: Uint8Array, index: number, chars: Iterable<number>, postscriptName: string): { font: Uint8Array; covered: number[] } {
  const tables = tableDirectory(bytes, index);
  const source = opentype.parse(sfntOnly(bytes, tables.offset), { lowMemory: true });
  const glyphs: Outline[] = [notdef(source.unitsPerEm)];
  const map: [number, number][] = [];
  for (const code of [...new Set(chars)].sort((a, b) => a - b)) {
    const gid = source.charToGlyphIndex(String.fromCodePoint(code));
    if (!gid) continue;
    const glyph = source.glyphs.get(gid);
    map.push([code, glyphs.length]);
    glyphs.push(outline(glyph.path.commands, glyph.advanceWidth ?? source.unitsPerEm));
  }
  const raw = (tag: string) => tables.raw.get(tag);
  const { glyf, loca } = glyfAndLoca(glyphs);
  const font = sfnt(
    new Map([
      ['OS/2', raw('OS/2') ?? fail('OS/2')],
      ['cmap', cmap(map)],
      ['glyf', glyf],
      ['head', head(raw('head') ?? fail('head'), glyphs)],
      ['hhea', hhea(raw('hhea') ?? fail('hhea'), glyphs)],
      ['hmtx', hmtx(glyphs)],
      ['loca', loca],
      ['maxp', maxp(glyphs)],
      ['name', name(postscriptName)],
      ['post', post(raw('post'))],
    ]),
  );
  return { font, covered: map.map(([code]) => code) };
}

function fail(tag: string): never {
  throw new Error(`the font has no ${tag} table`);
}

/** One glyph: its contours of TrueType points and its advance. */
interface Outline {
  contours: { x: number; y: number; on: boolean }[][];
  advance: number;
}

/** The offset of face `index`'s table directory and its tables, raw. */
function tableDirectory(bytes: Uint8Array, index: number): { offset: number; raw: Map<string, Uint8Array> } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ttc = view.getUint32(0) === 0x74746366; // 'ttcf'
  if (ttc && index >= view.getUint32(8)) throw new Error(`the collection has no face ${index}`);
  const offset = ttc ? view.getUint32(12 + 4 * index) : 0;
  const raw = new Map<string, Uint8Array>();
  for (let i = 0; i < view.getUint16(offset + 4); i++) {
    const at = offset + 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    raw.set(tag, bytes.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12)));
  }
  return { offset, raw };
}

/** The file as a single font opentype.js can read: a collection's face directory copied to its start (its tables' offsets are from the file's start). */
function sfntOnly(bytes: Uint8Array, offset: number): ArrayBuffer {
  const copy = new Uint8Array(bytes);
  if (offset) {
    const count = new DataView(copy.buffer).getUint16(offset + 4);
    copy.copyWithin(0, offset, offset + 12 + 16 * count);
  }
  return copy.buffer;
}

/** Cubic curves are split until a quadratic stays this close to each piece (in font units). */
const TOLERANCE = 0.5;

/** A glyph's path (PostScript cubics or TrueType quadratics) as TrueType contours. */
function outline(commands: PathCommand[], advance: number): Outline {
  const contours: Outline['contours'] = [];
  let points: Outline['contours'][number] = [];
  let at = { x: 0, y: 0 };
  const close = () => {
    const [first] = points;
    const last = points[points.length - 1];
    // A contour closed by a line back to its start: the repeated point is dropped.
    if (points.length > 1 && last.on && first.x === last.x && first.y === last.y) points.pop();
    if (points.length > 2) contours.push(points);
    points = [];
  };
  const on = (x: number, y: number) => points.push({ x: Math.round(x), y: Math.round(y), on: true });
  const off = (x: number, y: number) => points.push({ x: Math.round(x), y: Math.round(y), on: false });
  for (const c of commands) {
    if (c.type === 'M') {
      close();
      on(c.x!, c.y!);
    } else if (c.type === 'L') on(c.x!, c.y!);
    else if (c.type === 'Q') {
      off(c.x1!, c.y1!);
      on(c.x!, c.y!);
    } else if (c.type === 'C') {
      for (const [q, end] of quadratics(at, { x: c.x1!, y: c.y1! }, { x: c.x2!, y: c.y2! }, { x: c.x!, y: c.y! })) {
        off(q.x, q.y);
        on(end.x, end.y);
      }
    } else close();
    if (c.type !== 'Z') at = { x: c.x!, y: c.y! };
  }
  close();
  return { contours, advance: Math.round(advance) };
}

type Point = { x: number; y: number };

/** A cubic as quadratics: control point and end of each, the cubic cut into as many equal pieces as the tolerance asks. */
function quadratics(p0: Point, p1: Point, p2: Point, p3: Point): [Point, Point][] {
  // The midpoint quadratic of a cubic strays from it by at most √3/36 of |p3 − 3p2 + 3p1 − p0|; cutting it in n divides that by n³.
  const dx = p3.x - 3 * p2.x + 3 * p1.x - p0.x;
  const dy = p3.y - 3 * p2.y + 3 * p1.y - p0.y;
  const error = (Math.hypot(dx, dy) * Math.sqrt(3)) / 36;
  const n = Math.max(1, Math.ceil(Math.cbrt(error / TOLERANCE)));
  // The blossom of the cubic: the control points of its piece [a, b] are B(a,a,a), B(a,a,b), B(a,b,b), B(b,b,b).
  const lerp = (a: Point, b: Point, t: number) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  const blossom = (a: number, b: number, c: number) => {
    const [q0, q1, q2] = [lerp(p0, p1, a), lerp(p1, p2, a), lerp(p2, p3, a)];
    const [r0, r1] = [lerp(q0, q1, b), lerp(q1, q2, b)];
    return lerp(r0, r1, c);
  };
  const pieces: [Point, Point][] = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = [i / n, (i + 1) / n];
    const [c0, c1, c2, c3] = [blossom(a, a, a), blossom(a, a, b), blossom(a, b, b), blossom(b, b, b)];
    pieces.push([{ x: (3 * (c1.x + c2.x) - c0.x - c3.x) / 4, y: (3 * (c1.y + c2.y) - c0.y - c3.y) / 4 }, c3]);
  }
  return pieces;
}

/** Glyph 0: an empty box a tenth of an em inside the advance, as fonts draw it. */
function notdef(upm: number): Outline {
  const [a, b, top] = [Math.round(upm * 0.1), Math.round(upm * 0.4), Math.round(upm * 0.7)];
  const box = (x0: number, y0: number, x1: number, y1: number, outer: boolean) => {
    const pts = [
      { x: x0, y: y0, on: true },
      { x: x0, y: y1, on: true },
      { x: x1, y: y1, on: true },
      { x: x1, y: y0, on: true },
    ];
    return outer ? pts : pts.reverse();
  };
  return { contours: [box(a, 0, b + a, top, true), box(a + 50, 50, b + a - 50, top - 50, false)], advance: Math.round(upm / 2) };
}

const bounds = (g: Outline) => {
  const pts = g.contours.flat();
  if (!pts.length) return { xMin: 0, yMin: 0, xMax: 0, yMax: 0 };
  return {
    xMin: Math.min(...pts.map((p) => p.x)),
    yMin: Math.min(...pts.map((p) => p.y)),
    xMax: Math.max(...pts.map((p) => p.x)),
    yMax: Math.max(...pts.map((p) => p.y)),
  };
};

/** A writer of big-endian numbers. */
class Out {
  bytes: number[] = [];
  u8 = (v: number) => this.bytes.push(v & 0xff);
  u16 = (v: number) => this.bytes.push((v >> 8) & 0xff, v & 0xff);
  i16 = (v: number) => this.u16(v < 0 ? v + 0x10000 : v);
  u32 = (v: number) => this.bytes.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  done = () => Uint8Array.from(this.bytes);
}

/** The glyf table (simple glyphs, every point written in full) and its long loca. */
function glyfAndLoca(glyphs: Outline[]): { glyf: Uint8Array; loca: Uint8Array } {
  const glyf = new Out();
  const loca = new Out();
  for (const g of glyphs) {
    loca.u32(glyf.bytes.length);
    if (!g.contours.length) continue;
    const { xMin, yMin, xMax, yMax } = bounds(g);
    glyf.i16(g.contours.length);
    [xMin, yMin, xMax, yMax].forEach(glyf.i16);
    let end = -1;
    for (const c of g.contours) glyf.u16((end += c.length));
    glyf.u16(0); // no instructions
    const pts = g.contours.flat();
    pts.forEach((p) => glyf.u8(p.on ? 1 : 0));
    pts.forEach((p, i) => glyf.i16(p.x - (i ? pts[i - 1].x : 0)));
    pts.forEach((p, i) => glyf.i16(p.y - (i ? pts[i - 1].y : 0)));
    while (glyf.bytes.length % 4) glyf.u8(0);
  }
  loca.u32(glyf.bytes.length);
  return { glyf: glyf.done(), loca: loca.done() };
}

function head(source: Uint8Array, glyphs: Outline[]): Uint8Array {
  const out = new Uint8Array(source.subarray(0, 54));
  const view = new DataView(out.buffer);
  const all = glyphs.filter((g) => g.contours.length).map(bounds);
  view.setUint32(8, 0); // checkSumAdjustment: written by sfnt()
  view.setInt16(36, Math.min(...all.map((b) => b.xMin)));
  view.setInt16(38, Math.min(...all.map((b) => b.yMin)));
  view.setInt16(40, Math.max(...all.map((b) => b.xMax)));
  view.setInt16(42, Math.max(...all.map((b) => b.yMax)));
  view.setInt16(50, 1); // long loca offsets
  view.setInt16(52, 0);
  return out;
}

function hhea(source: Uint8Array, glyphs: Outline[]): Uint8Array {
  const out = new Uint8Array(source.subarray(0, 36));
  const view = new DataView(out.buffer);
  view.setUint16(10, Math.max(...glyphs.map((g) => g.advance)));
  view.setUint16(34, glyphs.length);
  return out;
}

function hmtx(glyphs: Outline[]): Uint8Array {
  const out = new Out();
  for (const g of glyphs) {
    out.u16(g.advance);
    out.i16(bounds(g).xMin);
  }
  return out.done();
}

function maxp(glyphs: Outline[]): Uint8Array {
  const out = new Out();
  out.u32(0x00010000);
  out.u16(glyphs.length);
  out.u16(Math.max(...glyphs.map((g) => g.contours.flat().length)));
  out.u16(Math.max(...glyphs.map((g) => g.contours.length)));
  [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0].forEach(out.u16);
  return out.done();
}

/** A cmap with a format 4 subtable (the BMP) and a format 12 one (every plane), one segment per character. */
function cmap(map: [number, number][]): Uint8Array {
  const bmp = map.filter(([code]) => code <= 0xfffe);
  const f4 = new Out();
  const segs = bmp.length + 1;
  const pow = 2 ** Math.floor(Math.log2(segs));
  [4, 16 + 8 * segs, 0, segs * 2, pow * 2, Math.log2(pow), 2 * segs - pow * 2].forEach(f4.u16);
  for (const [code] of bmp) f4.u16(code);
  f4.u16(0xffff);
  f4.u16(0);
  for (const [code] of bmp) f4.u16(code);
  f4.u16(0xffff);
  for (const [code, gid] of bmp) f4.u16((gid - code + 0x10000) % 0x10000);
  f4.u16(1);
  for (let i = 0; i < segs; i++) f4.u16(0);
  const f12 = new Out();
  f12.u16(12);
  f12.u16(0);
  f12.u32(16 + 12 * map.length);
  f12.u32(0);
  f12.u32(map.length);
  for (const [code, gid] of map) [code, code, gid].forEach(f12.u32);
  const out = new Out();
  out.u16(0);
  out.u16(2);
  // Windows Unicode BMP (format 4), then Windows Unicode full (format 12).
  [3, 1].forEach(out.u16);
  out.u32(20);
  [3, 10].forEach(out.u16);
  out.u32(20 + f4.bytes.length);
  return Uint8Array.from([...out.bytes, ...f4.bytes, ...f12.bytes]);
}

/** A name table with the source's PostScript name (the name a PDF's font list shows) in every slot. */
function name(postscriptName: string): Uint8Array {
  const family = postscriptName.replace(/[^\x21-\x7e]|[[\](){}<>/%]/g, '') || 'StudyguideCJK';
  const strings: [number, string][] = [
    [1, family],
    [2, 'Regular'],
    [3, family],
    [4, family],
    [6, family],
  ];
  const out = new Out();
  out.u16(0);
  out.u16(strings.length);
  out.u16(6 + 12 * strings.length);
  let offset = 0;
  for (const [id, text] of strings) {
    [3, 1, 0x409, id, text.length * 2, offset].forEach(out.u16);
    offset += text.length * 2;
  }
  for (const [, text] of strings) for (const ch of text) out.u16(ch.charCodeAt(0));
  return out.done();
}

/** A version 3 post table (no glyph names), with the source's underline. */
function post(source: Uint8Array | undefined): Uint8Array {
  const out = new Uint8Array(32);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00030000);
  if (source && source.length >= 12) out.set(source.subarray(8, 12), 8);
  return out;
}

const checksum = (data: Uint8Array): number => {
  const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
};

/** The tables as one TrueType file, directory sorted by tag, each table 4-byte aligned and summed. */
function sfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const pow = 2 ** Math.floor(Math.log2(tags.length));
  const dir = new Out();
  dir.u32(0x00010000);
  [tags.length, pow * 16, Math.log2(pow), tags.length * 16 - pow * 16].forEach(dir.u16);
  let offset = 12 + 16 * tags.length;
  const body: Uint8Array[] = [];
  let headAt = 0;
  for (const tag of tags) {
    const data = tables.get(tag)!;
    for (const ch of tag) dir.u8(ch.charCodeAt(0));
    dir.u32(checksum(data));
    dir.u32(offset);
    dir.u32(data.length);
    if (tag === 'head') headAt = offset;
    const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
    padded.set(data);
    body.push(padded);
    offset += padded.length;
  }
  const file = new Uint8Array(offset);
  file.set(dir.done(), 0);
  let at = 12 + 16 * tags.length;
  for (const part of body) {
    file.set(part, at);
    at += part.length;
  }
  new DataView(file.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return file;
}
