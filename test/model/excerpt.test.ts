import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/model/excerpt.js';
import { clip } from '../../src/content/text.js';

// Mathematical bold letters (a bank's "bold" titles) are each written as two UTF-16 units.
/** Half of a character written as two units, left alone by a cut. */
const loneHalf = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const boldTitle = '𝐍𝐞𝐭𝐰𝐨𝐫𝐤𝐢𝐧𝐠 𝐚𝐧𝐝 𝐈𝐧𝐟𝐫𝐚𝐬𝐭𝐫𝐮𝐜𝐭𝐮𝐫𝐞';

describe('excerpt', () => {
  it('keeps a short text whole', () => {
    expect(excerpt('Short', 40)).toBe('Short');
  });

  it('cuts a long text to its limit with an ellipsis', () => {
    const cut = excerpt('x'.repeat(100), 40);
    expect(cut).toBe(`${'x'.repeat(39)}…`);
  });

  it('never cuts a character written as two units in half', () => {
    for (let max = 2; max < boldTitle.length; max++) {
      const cut = excerpt(boldTitle, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(loneHalf);
    }
  });
});

describe('clip', () => {
  it('never leaves half a character at a cut with no space near it', () => {
    const word = '🚀'.repeat(30);
    for (let max = 3; max < 50; max++) expect(clip(word, max)).not.toMatch(loneHalf);
  });
});
