import type { Deck } from '../model/deck.js';
import type { AssetDirs } from '../render/assets.js';
import { assetLineOfUrl } from './asset-url-line.js';
import { excerpt } from '../model/excerpt.js';

/** A warning about a request the printing page tried to make and was refused. */
export interface BlockedWarning {
  code: 'blocked-request';
  message: string;
  line?: number;
  /** A template or stylesheet of the user's that holds the address, when the deck's text does not. */
  file?: string;
}

/**
 * Turns the page's refused requests into warnings, each at the line of the question whose
 * HTML holds the address (or the deck's first line when it came from a template or style).
 */
export function blockedRequestWarnings(urls: readonly string[], deck: Deck, dirs?: AssetDirs): BlockedWarning[] {
  return [...new Set(urls)].map((url): BlockedWarning => {
    const shown = shortened(url);
    const line = lineOfUrl(url, deck);
    if (line !== undefined) return { code: 'blocked-request', line, message: `blocked a request from the printing page: ${shown}` };
    // Not the deck's: a theme's stylesheet or template names it, at a line it can say.
    const asset = dirs && assetLineOfUrl(url, dirs);
    if (asset)
      return {
        code: 'blocked-request',
        ...asset,
        message: `blocked a request from the printing page: ${shown} (from this template or style) — remove the address: printed pages load nothing from outside`,
      };
    return { code: 'blocked-request', line, message: `blocked a request from the printing page: ${shown} (from a template or style, not the deck text)` };
  });
}

/** The line of the question (or section, or intro) whose HTML holds the address, if the deck's text does. */
export function lineOfUrl(url: string, deck: Deck): number | undefined {
  // As written in HTML attributes: rehype-stringify writes & as &#x26;, templates as &amp;.
  const forms = [url, url.replace(/&/g, '&amp;'), url.replace(/&/g, '&#x26;')];
  const has = (html: string) => forms.some((f) => html.includes(f));
  for (const section of deck.sections) {
    for (const q of section.questions) if (has(q.html) || has(q.answerHtml) || has(q.cardHtml)) return q.line;
    if (has(section.introHtml)) return section.line;
  }
  return has(deck.introHtml) ? 1 : undefined;
}

/** A long address (a data: URL) cut to 120 characters for a one-line message. */
export const shortened = (text: string): string => excerpt(text, 120);
