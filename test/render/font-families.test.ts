import { describe, expect, it } from 'vitest';
import { fontFamilyWarnings, fontconfigFamilies, unknownFamilies } from '../../src/render/font-families.js';

// A `fonts` family the machine lacks printed in the next face of the stack without a word;
// now it is a warning at the deck's `fonts:` line.
const machine =
  (...names: string[]) =>
  async () =>
    new Set(names.map((n) => n.toLowerCase()));

describe('the deck’s own font families', () => {
  it('names those no installed, bundled or generic family answers to, whatever their case', async () => {
    const families = ['Noto Sans CJK KR', 'Nonexistent Serif', 'source serif 4', 'sans-serif', 'ui-rounded', 'DejaVu Sans'];
    expect(await unknownFamilies(families, machine('DejaVu Sans', 'noto sans cjk kr'))).toEqual(['Nonexistent Serif']);
  });

  it('says nothing when fontconfig cannot be asked', async () => {
    expect(await unknownFamilies(['Nonexistent Serif'], async () => undefined)).toEqual([]);
  });

  it('warns at the front matter line, or at line 1 for a family from the config', async () => {
    const [fromDeck] = await fontFamilyWarnings('deck.md', ['Nonexistent Serif'], 3, machine());
    expect(fromDeck).toMatchObject({ file: 'deck.md', line: 3, severity: 'warning', code: 'unknown-font' });
    expect(fromDeck.message).toMatch(/^font family "Nonexistent Serif" in front matter "fonts" is not installed here/);
    const [fromConfig] = await fontFamilyWarnings('deck.md', ['Nonexistent Serif'], undefined, machine());
    expect(fromConfig).toMatchObject({ line: 1 });
    expect(fromConfig.message).toContain('`fonts` (config or --fonts)');
  });

  it('says a file or an address given as a family is no family name', async () => {
    const warnings = await fontFamilyWarnings('deck.md', ['./fonts/Inter.ttf', 'https://fonts.example.com/x.woff2'], undefined, machine());
    expect(warnings.map((w) => w.message)).toEqual([
      'font family "./fonts/Inter.ttf" in `fonts` (config or --fonts) is a font file, not a family name — install the font (copy it to ~/.fonts and run fc-cache), then give the family name it installs',
      'font family "https://fonts.example.com/x.woff2" in `fonts` (config or --fonts) is a web address, not a family name — install the font (copy it to ~/.fonts and run fc-cache), then give the family name it installs',
    ]);
  });

  it('asks this machine’s fontconfig: a family of an installed font is known, a made-up one is not', async () => {
    const names = await fontconfigFamilies();
    // Chromium's Debian package brings fontconfig and at least one font with it.
    expect(names?.size).toBeGreaterThan(0);
    const any = [...names!][0];
    expect(await unknownFamilies([any.toUpperCase(), 'Made Up Family 7f3c'])).toEqual(['Made Up Family 7f3c']);
  });
});
