/**
 * Room for a running head, in widths of a Latin letter: the title and the section share the top
 * line of a page, each in about half of it at 8 pt (some 55 letters on A5's booklet page).
 */
const ROOM = 48;

/** East Asian wide characters (CJK, kana, Hangul, full-width forms) take two letters' room. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

const width = (text: string): number => [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);

/** The longest start of `text` within `room`, cut after a whole word where the script has spaces. */
function cut(text: string, room: number): string {
  let kept = '';
  for (const ch of text) {
    if (width(kept + ch) > room) break;
    kept += ch;
  }
  const atWord = kept.replace(/[\s\p{P}]*\S*$/u, '');
  return (/\s/.test(kept) && atWord.length >= room / 3 ? atWord : kept).replace(/[\s\p{P}]+$/u, '');
}

/**
 * A title as a running head: whole when it fits the line; else without its parenthesis or its
 * subtitle after a colon (`Part 1: Theory (all resources allowed …)` → `Part 1: Theory`), else cut
 * after a word, with an ellipsis. A long title wrapped the head onto two lines over the text.
 */
export function runningHead(title: string, room = ROOM): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (width(text) <= room) return text;
  for (const shorter of [text.replace(/\s*[(（[].*$/u, ''), text.replace(/\s*[:：—–-]\s.*$/u, '')]) {
    if (shorter && width(shorter) <= room && width(shorter) >= room / 8) return shorter;
  }
  return `${cut(text, room - 1)}…`;
}
