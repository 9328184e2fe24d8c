import { describe, expect, it, vi } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createCardsRenderer } from '../../src/render/render-cards.js';
import { fontCss } from '../../src/render/fonts.js';
import { keepUsedFaces } from '../../src/render/used-faces.js';

// The Korean face from npm (a development dependency here) is a hundred-odd slices per weight:
// 406 @font-face rules sent to every page, a Latin deck's too. A page keeps the slices it sets.

const renderGuide = createGuideRenderer(assetDirs());
const renderCards = createCardsRenderer(assetDirs());
const deck = (body: string, lang: string) => parseDeck(`---\nlang: ${lang}\n---\n# T\n\n## S\n\n${body}\n`, { file: 'deck.md', slug: 'deck' });
/** The families of the page's @font-face rules, one entry per rule. */
const ruleFamilies = (html: string) => [...html.matchAll(/@font-face\s*\{[^}]*font-family:\s*"([^"]+)"/g)].map((m) => m[1]);
const korean = (families: string[]) => families.filter((f) => f.startsWith('Noto Sans KR'));
const stacks = (html: string) => /:root \{ --font-body: [^}]*\}/.exec(html)?.[0] ?? '';

describe('the installed CJK faces a page carries', () => {
  it('leaves the Korean face out of a Latin deck’s guide and cards, and its name out of the stacks', () => {
    const latin = deck('### What is a container?\n\n> A process with its own view of the system.', 'en');
    for (const html of [renderGuide(latin, { paper: 'a4' }), renderCards(latin, { cardSize: 'index-3x5' })]) {
      expect(html).toContain('What is a container?');
      expect(korean(ruleFamilies(html))).toEqual([]);
      expect(ruleFamilies(html)).toContain('Source Serif 4');
      expect(stacks(html)).not.toContain('Noto Sans KR');
      expect(stacks(html)).toContain('"Source Serif 4"');
    }
  });

  it('keeps, in a Korean deck, the slices of its Hangul only: a few rules of the 406', () => {
    const html = renderGuide(deck('### 파드란 무엇인가요?\n\n> 함께 배포되는 가장 작은 묶음입니다.', 'ko'), { paper: 'a4' });
    const kept = korean(ruleFamilies(html));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(100);
    expect(stacks(html)).toContain('"Noto Sans KR"');
    // Every Hangul syllable of the page lies in a kept rule's range.
    const ranges = [...html.matchAll(/@font-face\s*\{[^}]*font-family:\s*"Noto Sans KR"[^}]*unicode-range:\s*([^;}]*)/g)].flatMap((m) =>
      m[1].split(',').map((r) =>
        r
          .trim()
          .replace(/^U\+/i, '')
          .split('-')
          .map((h) => parseInt(h, 16)),
      ),
    );
    for (const ch of '파드란무엇인가요함께배포되는장작은묶음입니다') {
      const c = ch.codePointAt(0)!;
      expect(
        ranges.some(([a, b = a]) => a <= c && c <= b),
        ch,
      ).toBe(true);
    }
  });

  it('keeps only the Hangul-only face for Hangul in an English deck, the one its stacks name: nothing for kanji quoted in its stylesheets’ comments', () => {
    const html = renderGuide(deck('### What does 안녕 mean?\n\n> Hello.', 'en'), { paper: 'a4' });
    expect(new Set(korean(ruleFamilies(html)))).toEqual(new Set(['Noto Sans KR Hangul']));
    expect(stacks(html)).toContain('"Noto Sans KR Hangul"');
  });

  it('keeps a theme’s own rules, and every rule of the named face when the page sets a character of each', () => {
    const own = '@font-face {\n  font-family: "Mine";\n  src: url("x.woff2");\n  unicode-range: U+AC00;\n}';
    const page = (text: string) => `<html><head><style>${fontCss({}, 'ko')}\n${own}</style></head><body><p>${text}</p></body></html>`;
    expect(keepUsedFaces(page('plain'))).toContain(own);
    expect(korean(ruleFamilies(keepUsedFaces(page('plain'))))).toEqual([]);
    // The first character of every rule of the whole Korean face, which a Korean deck's stacks name.
    const all = String.fromCodePoint(
      ...[...fontCss({}, 'ko').matchAll(/font-family: "Noto Sans KR";[^}]*unicode-range: U\+([0-9A-F]+)/g)].map((m) => parseInt(m[1], 16)),
    );
    const whole = (html: string) => ruleFamilies(html).filter((f) => f === 'Noto Sans KR').length;
    expect(whole(page(all))).toBeGreaterThan(200);
    expect(whole(keepUsedFaces(page(all)))).toBe(whole(page(all)));
    // Its Hangul-only face, which no stack of a Korean deck names, is left out.
    expect(ruleFamilies(keepUsedFaces(page(all)))).not.toContain('Noto Sans KR Hangul');
    expect(keepUsedFaces(page(all))).toContain(own);
  });

  it('gives each page its own head around the faces the pages of a build share: the same as a page read alone', async () => {
    // Pages of two decks and two outputs: titles and styles apart, one block of faces (read once).
    const page = (title: string, style: string, text: string) =>
      `<html><head><title>${title}</title><style>${style}</style><style>${fontCss({}, 'en')}\n:root { --x: 1; }</style><style>${style}</style></head><body><p>${text}</p></body></html>`;
    const pages = [
      page('Kubernetes', 'h1 { color: red; }', 'plain'),
      page('안녕 deck', '.card { margin: 0; } /* 안녕 */', 'What does 안녕 mean?'),
      page('Another', 'p { margin: 1pt; }', '파드란 무엇인가요?'),
    ];
    const alone: string[] = [];
    for (const p of pages) {
      vi.resetModules();
      alone.push((await import('../../src/render/used-faces.js')).keepUsedFaces(p));
    }
    vi.resetModules();
    const { keepUsedFaces: inOneBuild } = await import('../../src/render/used-faces.js');
    const together = pages.map((p) => inOneBuild(p));
    expect(together).toEqual(alone);
    expect(pages.map((p) => inOneBuild(p))).toEqual(alone);
    expect(together[1]).toContain('<title>안녕 deck</title>');
    expect(together[1]).toContain('.card { margin: 0; } /* 안녕 */');
    expect(korean(ruleFamilies(together[0]))).toEqual([]);
    expect(korean(ruleFamilies(together[1])).length).toBeGreaterThan(0);
  });
});
