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

  it('keeps a Polish or Czech one-letter word with the word after it, in the title, subtitle and section titles alone', () => {
    expect(displayTitle('Pytania rekrutacyjne: SQL i bazy danych', 'pl')).toBe('Pytania rekrutacyjne: SQL i\u00a0bazy danych');
    expect(displayTitle('Otázky k pohovoru a k databázím', 'cs-CZ')).toBe('Otázky k\u00a0pohovoru a\u00a0k\u00a0databázím');
    // English has no such rule: "a" and "I" break as any word.
    expect(displayTitle('Questions I ask a candidate', 'en')).toBe('Questions I ask a candidate');
    const polish = parseDeck(
      '---\ntitle: SQL i bazy\nsubtitle: Pytania o indeksy i transakcje\nlang: pl\n---\n# T\n\n## Sieci i protokoły\n\n### Co to jest klucz?\n\n> Kolumna.\n',
      { file: 'deck.md', slug: 'deck' },
    );
    // The model keeps the titles as written (the PDF's metadata, the flashcard apps' deck names); the pages set them.
    expect(polish.title).toBe('SQL i bazy');
    expect(polish.sections[0].title).toBe('Sieci i protokoły');
    const html = renderGuide(polish, { paper: 'a4' });
    expect(html).toContain('>SQL i\u00a0bazy</h1>');
    // In the contents and over the section (its running head is one line, and stays as written).
    expect(html).toContain('<span class="toc-text">Sieci i\u00a0protokoły</span>');
    expect(html).not.toContain('<span class="toc-text">Sieci i protokoły</span>');
    expect(html).toContain('<p class="cover-subtitle">Pytania o\u00a0indeksy i\u00a0transakcje</p>');
  });
});
