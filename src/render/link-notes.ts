import { decodeEntities, stripTags } from './html-text.js';
import { inDigits } from '../model/question-label.js';
import { escapeHtml } from '../content/text.js';

/** An address printed under an answer, for a link that paper cannot follow. */
export interface LinkNote {
  /** The note's number as printed (in the labels' digits). */
  number: string;
  /** The link's address, escaped for an attribute. */
  href: string;
  /** The address as printed: no scheme, no `www.`, with break points. */
  html: string;
}

// Listings and drawings are left as written (an address in a listing is already on the page;
// inline code holds no links, and a link around code is still a link).
const UNTOUCHED = /(<pre\b[\s\S]*?<\/pre>|<svg\b[\s\S]*?<\/svg>)/;
const LINK = /<a\s((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a>/g;
const EXTERNAL = /^(?:https?:|mailto:)/i;

/** An address as a reader types it: no scheme, no `www.`, no closing slash, percent-escapes read back. */
export function printedAddress(href: string): string {
  const short = href
    .replace(/^https?:\/\//i, '')
    .replace(/^mailto:/i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
  try {
    const read = decodeURI(short);
    return /[\s\p{Cc}]/u.test(read) ? short : read;
  } catch {
    return short;
  }
}

/** The printed form of a link's words, to tell a link that shows its address (an autolink) from one that does not. */
const asAddress = (words: string): string =>
  printedAddress(
    decodeEntities(stripTags(words))
      .replace(/[\u00ad\u200b]/g, '')
      .trim(),
  ).toLowerCase();

/**
 * The address with break points where a book breaks a URL (Chicago 6.80): after the scheme's double
 * slash, before a slash, a period, a hyphen, a question mark, a number sign, a tilde or an
 * underscore, before an ampersand or an equals sign; never with a hyphen added. A piece opening with a hyphen is kept whole (up to a line's
 * third), or Chromium would break after the hyphen and the address would read as hyphenated.
 */
function breakable(address: string): string {
  return address
    .split(/(?<=:\/\/)|(?<![:/])(?=[/.?#~_&=-])/)
    .map((piece) => (piece.startsWith('-') && piece.length <= 30 ? `<span class="nobr">${escapeHtml(piece)}</span>` : escapeHtml(piece)))
    .join('<wbr>');
}

/**
 * A question's HTML fragments (heading, card, full answer, in reading order) with a superscript
 * note number after each external link whose words are not its address, and the notes: one per
 * address, numbered in order of first use; an autolink's words get the note's break points. Code and
 * internal links are left as they are.
 */
export function noteLinks(fragments: readonly string[], digits = ''): { fragments: string[]; notes: LinkNote[] } {
  const numbers = new Map<string, number>();
  const notes: LinkNote[] = [];
  const mark = (all: string, attrs: string, words: string): string => {
    const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
    if (!href) return all;
    const address = decodeEntities(href);
    if (!EXTERNAL.test(address)) return all;
    // An address printed as its own words breaks where a book breaks one, as its note would:
    // left to the browser, a long one broke inside a word ("ServerAliveInterv|al-and-…").
    // Its words are read back from their escapes first: an `&` in a query (`?a=1&#x26;b=2`) had kept
    // the address from its break points, and it broke inside a word ("…/goin|g/…").
    if (asAddress(words) === printedAddress(address).toLowerCase())
      return words.includes('<') ? all : all.replace(`>${words}</a>`, `>${breakable(decodeEntities(words))}</a>`);
    let n = numbers.get(address);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(address, n);
      notes.push({ number: inDigits(n, digits), href, html: breakable(printedAddress(address)) });
    }
    return `${all}<sup class="link-ref">${inDigits(n, digits)}</sup>`;
  };
  const marked = fragments.map((html) =>
    html
      .split(UNTOUCHED)
      .map((piece, i) => (i % 2 ? piece : piece.replace(LINK, mark)))
      .join(''),
  );
  return { fragments: marked, notes };
}
