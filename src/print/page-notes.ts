import type { Deck } from '../model/deck.js';
import type { AssetDirs } from '../render/assets.js';
import type { PageNotes } from './print-pdf.js';
import { blockedRequestWarnings, lineOfUrl, shortened, type BlockedWarning } from './blocked-requests.js';

// What printing pages tried (refused requests) and what the browser wrote to their consoles
// (a font it could not decode, …) become the deck's warnings: a face that silently fell back
// changes the printed pages, so it is said, at the deck's line when the deck's text caused it.

/** A warning about something the browser said while printing. */
export interface BrowserMessageWarning {
  code: 'browser-message';
  message: string;
  line?: number;
}

/** The notes of several prints of one output, each said once. */
export function mergeNotes(notes: readonly PageNotes[]): PageNotes {
  return {
    blocked: [...new Set(notes.flatMap((n) => n.blocked))],
    said: [...new Set(notes.flatMap((n) => n.said))],
    undrawn: [...new Set(notes.flatMap((n) => n.undrawn ?? []))],
  };
}

/** A warning about an image the printing page could not draw. */
export interface UndrawnImageWarning {
  code: 'image-undrawn';
  message: string;
  line?: number;
}

/** The warnings of an output's prints: refused requests, images that did not draw, then the browser's own messages. */
export function pageNoteWarnings(notes: PageNotes, deck: Deck, dirs?: AssetDirs): (BlockedWarning | BrowserMessageWarning | UndrawnImageWarning)[] {
  return [
    ...blockedRequestWarnings(notes.blocked, deck, dirs),
    ...undrawnImageWarnings(notes.undrawn ?? [], deck),
    ...browserMessageWarnings(notes.said, deck),
  ];
}

/** Images the page loaded as 0×0: at the line of the question holding them (the page knows no finer place). */
function undrawnImageWarnings(undrawn: readonly string[], deck: Deck): UndrawnImageWarning[] {
  return [...new Set(undrawn)].map((url) => ({
    code: 'image-undrawn',
    line: lineOfUrl(url, deck),
    message: `an image in this question printed as nothing: ${shortened(url)} is not an image this browser can draw — re-export it as PNG, JPEG or SVG`,
  }));
}

function browserMessageWarnings(said: readonly string[], deck: Deck): BrowserMessageWarning[] {
  return [...new Set(said)].map((text) => {
    const url = /\b(?:data|https?|file):[^\s"')]+/.exec(text)?.[0];
    const line = url ? lineOfUrl(url, deck) : undefined;
    const source = line === undefined ? ' (from a template or style, not the deck text)' : '';
    const hint = /font/i.test(text) ? ': the text falls back to another face; check that the font file is whole and is a font' : '';
    return { code: 'browser-message', line, message: `the printing page said: ${shortened(text)}${source}${hint}` };
  });
}
