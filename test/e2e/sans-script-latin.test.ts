import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { embeddedFonts } from '../pdf-embedded-fonts.js';
import { pdfToolOutput } from '../pdf-tool-output.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A deck in Hindi or Arabic: its script has only a sans among the bundled faces, and its Latin
 * words (TCP, Latency, log) were set in the serif amid it, two designs on one line. They are set
 * in the sans, the guide's and the cards' text alike; no serif face is embedded.
 */
const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const decks = { hindi: path.join(fixtures, 'sans-script-latin', 'hindi.md'), arabic: path.join(fixtures, 'rtl-inline-runs', 'deck.md') };

let out = '';
beforeAll(async () => {
  out = await tempDir('sans-script-latin-');
  const { result } = await buildWith({ paths: Object.values(decks), outDir: out, outputs: ['guide', 'cards'] });
  expect(result.failed).toEqual([]);
}, 180_000);

/** The fonts `mutool trace` names for the glyphs of `word`'s first letter, wherever the word is printed. */
function fontsOf(file: string, word: string): string[] {
  const fonts = new Set<string>();
  let font = '';
  let text = '';
  for (const line of pdfToolOutput('mutool', ['trace'], file).split('\n')) {
    const span = /<span font="([^"]+)"/.exec(line);
    if (span) [font, text] = [span[1].replace(/^[A-Z]{6}\+/, ''), ''];
    const glyph = /<g unicode="([^"]*)"/.exec(line);
    if (glyph) text += glyph[1];
    if (text.endsWith(word)) {
      fonts.add(font);
      text = '';
    }
  }
  return [...fonts];
}

describe('Latin words in a deck whose script is set in a sans', () => {
  it.each([
    ['hindi', 'Latency'],
    ['hindi', 'Resolver'],
    ['arabic', 'B-tree'],
  ])('%s: "%s" prints in Source Sans, as the text around it', (deck, word) => {
    const slug = deck === 'hindi' ? 'hindi' : 'deck';
    expect(fontsOf(path.join(out, slug, 'guide.pdf'), word)).toEqual(expect.arrayContaining([expect.stringMatching(/^SourceSans3/)]));
    expect(fontsOf(path.join(out, slug, 'guide.pdf'), word).filter((f) => /^SourceSerif4/.test(f))).toEqual([]);
  });

  it.each(['hindi', 'deck'])('%s: neither the guide nor the cards embed the serif', (slug) => {
    for (const file of ['guide.pdf', 'cards.pdf'])
      expect(
        embeddedFonts(path.join(out, slug, file)).filter((f) => /^SourceSerif4/.test(f)),
        file,
      ).toEqual([]);
  });
});
