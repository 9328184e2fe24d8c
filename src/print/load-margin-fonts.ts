import type { Page } from 'puppeteer-core';

/**
 * Loads the faces the page-margin boxes (@page { @bottom-right { … } }: running heads, page
 * numbers) print in, before anything prints. Margin boxes exist only in the printed layout, so
 * a face used nowhere else on the page is first asked for while Chromium prints; our faces are
 * `font-display: block`, and a face still loading then prints as invisible text. That is a race
 * with the font answer: on a busy machine a cheat sheet printed in parts lost its "3 / 10" on
 * the first page of a part (only the first part's heading used that face on screen).
 */
export async function loadMarginFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const root = getComputedStyle(document.documentElement);
    const resolve = (value: string): string =>
      value.replace(
        /var\(\s*(--[\w-]+)\s*(?:,([^)]*))?\)/g,
        (_, name: string, fallback?: string) => root.getPropertyValue(name).trim() || (fallback ?? '').trim(),
      );
    // Counters print digits (or roman numerals); strings print as written.
    const counterText = '0123456789ivxlcdmIVXLCDM';
    const fonts = new Set<string>();
    // A box's face and its text can come from two rules (guide.css styles @top-left, the template
    // fills it per page name), so every face is loaded for every text: a Greek running head whose
    // face's Greek subset was asked for by no rule printed with no margin boxes at all on its page.
    let texts = counterText;
    const visit = (rules: CSSRuleList): void => {
      for (const rule of Array.from(rules)) {
        // A counter printed in a deck's own digits (render/page-digits.ts) prints its symbols.
        if (rule instanceof CSSCounterStyleRule) texts += [...rule.symbols.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('');
        else if (rule instanceof CSSPageRule) {
          for (const margin of Array.from(rule.cssRules) as CSSStyleRule[]) {
            const style = margin.style;
            if (!style) continue;
            const font =
              resolve(style.getPropertyValue('font')) ||
              [
                resolve(style.fontStyle || rule.style.fontStyle || root.fontStyle),
                resolve(style.fontWeight || rule.style.fontWeight || root.fontWeight),
                '16px',
                resolve(style.fontFamily || rule.style.fontFamily || root.fontFamily),
              ].join(' ');
            const strings = [...style.content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('');
            fonts.add(font);
            texts += strings;
          }
        } else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) {
      try {
        visit(sheet.cssRules);
      } catch {
        // A sheet we cannot read adds no margin boxes of ours.
      }
    }
    await Promise.all([...fonts].map((font) => document.fonts.load(font, texts).catch(() => [])));
  });
}
