import { describe, expect, it } from 'vitest';
import { decodeDeckText } from '../../src/content/load-deck.js';
import { StudyguideError } from '../../src/errors.js';

// UTF-32 starts with UTF-16's byte-order mark and two NUL bytes: it was called no text file at all.
describe('a deck saved as UTF-32', () => {
  it('is said to be UTF-32, with how to save it', () => {
    for (const encoding of ['utf-32le', 'utf-32be']) {
      const le = encoding === 'utf-32le';
      const text = '\ufeff# D\n';
      const bytes = Buffer.alloc(text.length * 4);
      [...text].forEach((c, i) => (le ? bytes.writeUInt32LE(c.codePointAt(0)!, i * 4) : bytes.writeUInt32BE(c.codePointAt(0)!, i * 4)));
      let caught: unknown;
      try {
        decodeDeckText(bytes, 'd.md');
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(StudyguideError);
      expect((caught as StudyguideError).format()).toBe('d.md:1: saved as UTF-32 text — save the file as UTF-8');
    }
  });
});
