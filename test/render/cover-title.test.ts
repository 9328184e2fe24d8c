import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { displayTitle, titleRun } from '../../src/render/view.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';

// The cover sets a deck's title for display: a spaced dash stays with the word before it, the
// longest word sets how small the title may go (so a German compound fits a line), and only a
// word too long for any line takes soft hyphens. Read from guide.html: no browser needed.
const renderGuide = createGuideRenderer(assetDirs());
const deck = (title: string, lang = 'de') =>
  parseDeck(`---\ntitle: "${title}"\nlang: ${lang}\n---\n# T\n\n## S\n\n### Q?\n\n> A.\n`, { file: 'deck.md', slug: 'deck' });

describe('the cover title', () => {
  it('ties a spaced dash to the word before it, and hyphenates only a word of 30 letters or more', () => {
    expect(displayTitle('Datenbankadministration — Vorstellungsgesprächsfragen', 'de')).toBe('Datenbankadministration\u00a0— Vorstellungsgesprächsfragen');
    const long = displayTitle('Rechenzentrumsbetriebsabteilungsleitung', 'de');
    expect(long).toContain('\u00ad');
    expect(long.replace(/\u00ad/g, '')).toBe('Rechenzentrumsbetriebsabteilungsleitung');
    // A language without patterns keeps its words whole.
    expect(displayTitle('Rechenzentrumsbetriebsabteilungsleitung', 'et')).not.toContain('\u00ad');
  });

  it('measures the longest run that cannot break, the dash counted with its word, up to 30', () => {
    expect(titleRun('Datenbankadministration — Vorstellungsgesprächsfragen')).toBe(27);
    expect(titleRun('Platform Engineering — Interview Questions')).toBe(13);
    expect(titleRun('Rechenzentrumsbetriebsabteilungsleitung')).toBe(30);
  });

  it('prints the title escaped, with its run for the stylesheet', () => {
    const html = renderGuide(deck('Netze <&> Datenbankadministration — Fragen'), { paper: 'a4' });
    const [title] = findAll(parseHtml(html), (el) => hasClass(el, 'cover-title'));
    expect(textOf(title)).toBe('Netze <&> Datenbankadministration — Fragen');
    expect(html).toContain('>Netze &lt;&amp;&gt; Datenbankadministration\u00a0— Fragen</h1>');
    expect(html).toMatch(/class="cover-title" style="--title-run: 25"/);
  });
});
