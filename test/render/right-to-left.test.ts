import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { directionOf } from '../../src/model/labels.js';
import { combineDecks } from '../../src/content/combine-decks.js';
import { createCardsRenderer } from '../../src/render/render-cards.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';

// A deck in Arabic (or Hebrew, Persian, Urdu) is printed right to left: set left to right, its
// question marks and Latin words (TCP, IP) landed at the wrong end of each line. Its labels are
// Arabic; code still reads left to right. (A Hebrew deck is written in Hebrew: Arabic prose in it is a section
// in Arabic, labelled so.)
const deck = (lang: string, level?: string) =>
  parseDeck(
    [
      '---',
      `lang: ${lang}`,
      '---',
      ...(lang === 'he'
        ? ['# שאלות רשת', '', '## יסודות', '', '### מהי כתובת IP?', '', ...(level ? [`Level: ${level}`, ''] : []), '> מספר שמזהה מחשב ברשת.']
        : ['# أسئلة الشبكات', '', '## الأساسيات', '', '### ما هو عنوان IP؟', '', ...(level ? [`Level: ${level}`, ''] : []), '> رقم يحدد جهازًا على الشبكة.']),
      '',
    ].join('\n'),
    {
      file: 'ar.md',
      slug: 'ar',
    },
  );

describe('decks written right to left', () => {
  const render = createGuideRenderer(assetDirs());

  it('set their pages right to left, with Arabic labels', () => {
    const html = render(deck('ar'), { paper: 'a4' });
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toContain('المحتويات');
    expect(html).toContain('باختصار:');
    expect(html).toMatch(/pre, code, kbd, samp \{ direction: ltr;/);
  });

  it('print Hebrew labels for a Hebrew deck', () => {
    const html = render(deck('he'), { paper: 'a4' });
    expect(html).toMatch(/<html lang="he" dir="rtl">/);
    expect(html).toContain('תוכן העניינים');
    expect(html).toContain('בקצרה:');
  });

  it('print Persian and Urdu labels for decks in those languages', () => {
    const fa = render(deck('fa'), { paper: 'a4' });
    expect(fa).toMatch(/<html lang="fa" dir="rtl">/);
    expect(fa).toContain('فهرست مطالب');
    expect(fa).toContain('به‌طور خلاصه:');
    const ur = render(deck('ur'), { paper: 'a4' });
    expect(ur).toMatch(/<html lang="ur" dir="rtl">/);
    expect(ur).toContain('فہرست');
    expect(ur).toContain('مختصراً:');
    expect(ur).not.toContain('In short');
  });

  it('set a right-to-left part of a combined guide right to left, the rest as the guide', () => {
    // Both graded, so the combined guide prints level badges (a part that grades none prints none).
    const english = parseDeck('# Networking\n\n## Basics\n\n### What is an IP address?\n\nLevel: medium\n\n> A number naming a host.\n', {
      file: 'en.md',
      slug: 'en',
    });
    const html = render(combineDecks([deck('ar', 'medium'), english]), { paper: 'a4' });
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).toMatch(/<section class="section section-1"[^>]* id="ar--s-[^"]*" lang="ar" dir="rtl">/);
    expect(html).toMatch(/<span class="toc-text"><span lang="ar" dir="rtl">ما هو عنوان\u00a0IP؟<\/span><\/span>/);
    expect(html).not.toMatch(/id="en--s-[^"]*" lang=/);
    // Its questions' labels are Arabic too; the English part's stay English.
    const inShort = [...html.matchAll(/<aside class="in-short"><strong>([^<]*)<\/strong>/g)].map((m) => m[1]);
    expect(inShort).toEqual(['باختصار:', 'In short:']);
    const badges = [...html.matchAll(/<div class="question-meta"><span class="badge badge-medium" title="([^"]*)"/g)].map((m) => m[1]);
    expect(badges).toEqual(['متوسط', 'medium']);
    const both = combineDecks([deck('ar', 'medium'), english]);
    const cards = createCardsRenderer(assetDirs())(both, { cardSize: 'index-3x5' });
    expect(cards.match(/<article class="card [^>]*>/g)?.map((a) => /lang="ar" dir="rtl"/.test(a))).toEqual([true, false]);
    const sheet = createCheatsheetRenderer(assetDirs())(both, { paper: 'a4' });
    expect(sheet.match(/<article class="entry [^>]*>/g)?.map((a) => /lang="ar" dir="rtl"/.test(a))).toEqual([true, false]);
  });

  it('know the languages written right to left by their first subtag, and nothing else', () => {
    expect(['ar', 'he-IL', 'fa', 'ur'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'de-AT', 'zh', 'ru'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
    expect(render(deck('en'), { paper: 'a4' })).toMatch(/<html lang="en" dir="ltr">/);
  });
});
