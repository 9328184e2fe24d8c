import { describe, expect, it } from 'vitest';
import { base64Body } from '../../src/print/respond-bytes.js';

// A bundled face is answered to every new page that asks for it: its base64 is made once.
describe('a font body sent over the DevTools pipe', () => {
  it('is the base64 of its bytes, made once for the same body', () => {
    const body = Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 0xff, 0xfe, 0x80]);
    const first = base64Body(body);
    expect(first).toBe('d09GMgAB//6A');
    expect(Buffer.from(first, 'base64').equals(body)).toBe(true);
    expect(base64Body(body)).toBe(first);
    // Another body of other bytes is its own.
    expect(base64Body(Buffer.from('woff2'))).toBe('d29mZjI=');
  });
});
