import { createRequire } from 'node:module';
import zlib from 'node:zlib';

/*
 * pdf-lib compresses what it writes (object streams, cross-reference streams) with pako, zlib in
 * JavaScript, and offers no way to hand it another deflate. Node's zlib (native, SIMD) gives
 * valid deflate data about three times as fast: pdf-lib's own pako is pointed at it, once, when
 * this module loads. Only the plain one-shot call pdf-lib makes (no options) is replaced.
 */

interface Pako {
  deflate(data: Uint8Array, options?: unknown): Uint8Array;
}

/** The pako that pdf-lib loads (its own copy, should it have one). */
const pako = createRequire(createRequire(import.meta.url).resolve('pdf-lib'))('pako') as Pako;
const pakoDeflate = pako.deflate;

pako.deflate = (data, options) => {
  if (options !== undefined) return pakoDeflate(data, options);
  const out = zlib.deflateSync(data);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};
