import { gifPixelProblem } from './gif-pixels.js';
import { pngPixelProblem } from './png-pixels.js';
import { webpProblem } from './webp-header.js';
import { crc32 } from '../crc32.js';

// Whether the browser will draw an image's bytes, decided in Node before printing. A picture
// Chromium cannot decode prints as nothing (no box, no alt text), so the deck must hear of it at
// the image's line. The checks follow what Chromium refuses (measured with img.decode()): a PNG
// without a whole IHDR (its CRC is checked) or without pixel data, a JPEG cut off before its
// scan, an SVG that is not well-formed XML with an <svg> root in the SVG namespace. What it still
// draws is let through: a JPEG cut short inside its pixel data, trailing bytes, an empty SVG; a PNG's
// pixel data is inflated and a GIF's first frame decoded (png-pixels.ts, gif-pixels.ts), their rows
// checked, as Chromium leaves bad rows blank; a WebP's image header (webp-header.ts), not its data.

/** Why the browser cannot draw these bytes as `mime`, or undefined when it can. */
export function whyUndrawable(bytes: Uint8Array, mime: string): string | undefined {
  if (bytes.length === 0) return 'it is empty';
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (mime) {
    case 'image/png':
      return pngProblem(buffer);
    case 'image/jpeg':
      return jpegProblem(buffer);
    case 'image/gif':
      if (!/^GIF8[79]a/.test(buffer.subarray(0, 6).toString('latin1')) || buffer.length < 13 || buffer.readUInt16LE(6) === 0 || buffer.readUInt16LE(8) === 0) return 'it has no GIF header';
      return gifPixelProblem(buffer);
    case 'image/webp':
      if (buffer.subarray(0, 4).toString('latin1') !== 'RIFF' || buffer.subarray(8, 12).toString('latin1') !== 'WEBP') return 'it has no WebP header';
      return webpProblem(buffer);
    case 'image/svg+xml':
      return svgProblem(buffer.toString('utf8'));
    default:
      return undefined;
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngProblem(b: Buffer): string | undefined {
  if (!b.subarray(0, 8).equals(PNG_SIGNATURE)) return 'it has no PNG header';
  if (b.length < 33 || b.toString('latin1', 12, 16) !== 'IHDR' || b.readUInt32BE(8) !== 13) return 'its PNG header is cut short';
  if (b.readUInt32BE(16) === 0 || b.readUInt32BE(20) === 0) return 'it is 0 pixels wide or high';
  if (crc32(b.subarray(12, 29)) !== b.readUInt32BE(29)) return 'its PNG header is damaged: bad checksum';
  // Walk the chunks to the first pixel data; a file that ends before it has nothing to draw.
  for (let at = 33; at + 8 <= b.length; at += 12 + b.readUInt32BE(at)) {
    const type = b.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') return pngPixelProblem(b, at);
    if (type === 'IEND') break;
  }
  return 'no pixel data: the file is cut short';
}

function jpegProblem(b: Buffer): string | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8) return 'it has no JPEG header';
  let size = false;
  // Markers up to the start of scan: each after SOI is FF, a type, and a length that counts itself.
  for (let at = 2; at + 4 <= b.length; ) {
    if (b[at] !== 0xff) return 'its JPEG markers are damaged';
    const type = b[at + 1];
    if (type === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (type === 0xda) return size ? undefined : 'it has no frame header (size)';
    const length = b.readUInt16BE(at + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the size.
    if (type >= 0xc0 && type <= 0xcf && type !== 0xc4 && type !== 0xc8 && type !== 0xcc) {
      if (at + 9 > b.length) break;
      if (b.readUInt16BE(at + 5) === 0 || b.readUInt16BE(at + 7) === 0) return 'it is 0 pixels wide or high';
      size = true;
    }
    at += 2 + length;
  }
  return 'no pixel data: the file is cut short';
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * What the browser must not be given in a DOCTYPE's own entities: ones made of other entities
 * (a "billion laughs" multiplies a few hundred bytes into gigabytes) and ones read from a file or
 * address. Illustrator declares plain ones only (`<!ENTITY ns_ai "http://ns.adobe.com/…">`).
 */
function dtdProblem(subset: string): string | undefined {
  for (const [, value] of subset.matchAll(/<!ENTITY\s+%?\s*[^\s>]+\s+((?:SYSTEM|PUBLIC)\b|"[^"]*"|'[^']*')/gi)) {
    if (/^(?:SYSTEM|PUBLIC)$/i.test(value)) return 'its DOCTYPE declares an entity read from another file';
    if (/[&%]/.test(value.slice(1, -1))) return 'its DOCTYPE builds entities out of other entities, which can multiply without end';
  }
  return undefined;
}

/**
 * A light well-formedness check: balanced tags, quoted attributes, known entities and declared
 * prefixes, and an <svg> root in the SVG namespace. A document with its own DTD subset (entities
 * Illustrator declares) is only checked for balance and its root's name, never wrongly refused.
 */
function svgProblem(text: string): string | undefined {
  const withDtd = /<!DOCTYPE[^>[]*\[/i.test(text);
  const subset = withDtd ? dtdProblem(/<!DOCTYPE[^>[]*\[([\s\S]*?)\]\s*>/i.exec(text)?.[1] ?? '') : undefined;
  if (subset) return subset;
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>/i, '');
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  const open: string[] = [];
  const prefixes = new Set(['xml']);
  let root: { name: string; attributes: string } | undefined;
  let closed = false;
  for (let at = 0; at < body.length; ) {
    const lt = body.indexOf('<', at);
    const between = body.slice(at, lt === -1 ? undefined : lt);
    if (!withDtd && badEntity(between)) return 'not well-formed SVG: an unknown &entity;';
    if (between.trim() && open.length === 0) return 'not well-formed SVG: text outside the <svg> element';
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) return 'not well-formed SVG: a broken tag';
    const [whole, slash, name, attributes, selfClosing] = m;
    at = lt + whole.length;
    if (slash) {
      if (open.pop() !== name) return `not well-formed SVG: </${name}> closes no open <${name}>`;
      if (open.length === 0) closed = true;
      continue;
    }
    if (closed || (!root && open.length > 0)) return 'not well-formed SVG: more than one root element';
    if (!root) root = { name, attributes };
    for (const d of attributes.matchAll(/xmlns:([\w.-]+)\s*=/g)) prefixes.add(d[1]);
    if (!withDtd && badEntity(attributes)) return 'not well-formed SVG: an unknown &entity;';
    // Each name with its quoted value taken whole: an `=` inside a value (base64 padding) is no name.
    const names = [...attributes.matchAll(/([^\s=]+)\s*=\s*(?:"[^"]*"|'[^']*')/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return 'not well-formed SVG: an attribute given twice';
    if (!withDtd) {
      const undeclared = [name, ...names].map((n) => /^([^:]+):/.exec(n)?.[1]).find((p) => p && p !== 'xmlns' && !prefixes.has(p));
      if (undeclared) return `not well-formed SVG: the prefix "${undeclared}:" is not declared`;
    }
    if (!selfClosing) open.push(name);
    else if (open.length === 0) closed = true;
  }
  if (!root) return 'not SVG: no <svg> element';
  if (open.length > 0) return `not well-formed SVG: <${open[open.length - 1]}> is never closed`;
  if (root.name !== 'svg') return `not SVG: its root is <${root.name}>, not <svg>`;
  const namespace = /(?:^|\s)xmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(root.attributes);
  if (!withDtd && (namespace?.[1] ?? namespace?.[2]) !== SVG_NAMESPACE) return `its <svg> lacks xmlns="${SVG_NAMESPACE}"`;
  // width="0" (or 0px, 0%) draws nothing at all: Chromium reports such an image as 0×0.
  for (const side of ['width', 'height']) {
    const value = new RegExp(`(?:^|\\s)${side}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(root.attributes);
    if (value && /^\s*[+]?0*\.?0*\s*(?:px|%|em|ex|pt|pc|cm|mm|in)?\s*$/i.test(value[1] ?? value[2]) && /0/.test(value[1] ?? value[2])) return 'it is 0 pixels wide or high';
  }
  return undefined;
}

function badEntity(text: string): boolean {
  for (const m of text.matchAll(/&([^;\s&<]*);?/g)) {
    const [whole, name] = m;
    if (!whole.endsWith(';')) return true;
    if (!XML_ENTITIES.has(name) && !/^#(?:\d+|x[0-9a-f]+)$/i.test(name)) return true;
  }
  return false;
}

/** Raster types by their first bytes: Chromium draws by content, whatever type a data: URL names. */
const RASTER_SIGNATURES: { mime: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'image/png', test: (b) => b.subarray(0, 8).equals(PNG_SIGNATURE) },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', test: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
  { mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

/** The image a `data:image/…` URL holds, its type sniffed from its bytes as Chromium does; or why there is none. */
export function dataUrlImage(url: string): { bytes: Buffer; mime: string } | string {
  const m = /^data:([^;,]*)((?:;[^;,]*)*),([\s\S]*)$/i.exec(url);
  if (!m) return 'not a valid data: URL: no comma before the data';
  const mime = m[1].trim().toLowerCase();
  const bytes = /;\s*base64\s*$/i.test(m[2]) ? Buffer.from(m[3].replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'base64') : percentDecoded(m[3]);
  if (mime === 'image/svg+xml') return { bytes, mime };
  return { bytes, mime: RASTER_SIGNATURES.find((s) => s.test(bytes))?.mime ?? mime };
}

/** Percent-decoding as browsers do it for data: URLs: a `%` not followed by two hex digits stays. */
function percentDecoded(text: string): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (const m of text.matchAll(/%([0-9a-f]{2})/gi)) {
    parts.push(Buffer.from(text.slice(at, m.index), 'utf8'), Buffer.from([parseInt(m[1], 16)]));
    at = m.index + 3;
  }
  parts.push(Buffer.from(text.slice(at), 'utf8'));
  return Buffer.concat(parts);
}
