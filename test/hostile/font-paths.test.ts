import { describe, expect, it } from 'vitest';
import { fontFamilyWarnings } from '../../src/render/font-families.js';

// `fonts: [/etc/passwd]` in a deck's front matter was called "a font file", which it is not.

const machine = () => async () => new Set(['dejavu sans']);

describe('a path that is no font in `fonts`', () => {
  it('is called a file path; a .ttf is still a font file', async () => {
    const warnings = await fontFamilyWarnings('deck.md', ['/etc/passwd', 'notes\\\\readme.txt', './evil.ttf'], 2, machine());
    expect(warnings.map((w) => `${w.line}: ${w.message.split(',')[0]}`)).toEqual([
      '2: font family "/etc/passwd" in front matter "fonts" is a file path',
      '2: font family "notes\\\\readme.txt" in front matter "fonts" is a file path',
      '2: font family "./evil.ttf" in front matter "fonts" is a font file',
    ]);
  });
});
