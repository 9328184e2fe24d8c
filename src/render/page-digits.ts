// Page numbers printed by CSS counters (the running footer) in the digits a deck writes: a deck
// whose questions read س١ or प्र.१ does not print "page 2" under them.

/** The counter style the page counters print in when a deck's digits are not Western ones. */
export const DIGIT_STYLE = 'deck-digits';

const WESTERN = '0123456789';

/** Whether `digits` (the ten a deck writes, labels.digits) are a script's own, not Western ones. */
const ownDigits = (digits: string): boolean => [...digits].length === 10 && digits !== WESTERN;

/**
 * `@counter-style deck-digits { … }` for a deck's own digits ('' for Western ones): a numeric
 * style built from the digits themselves covers every script question-label.ts tells, Chromium's
 * named styles (arabic-indic, devanagari, …) only some.
 */
export function digitCounterStyle(digits: string): string {
  if (!ownDigits(digits)) return '';
  const symbols = [...digits].map((d) => JSON.stringify(d)).join(' ');
  return `@counter-style ${DIGIT_STYLE} { system: numeric; symbols: ${symbols}; }`;
}

/** `counter(page)`, or `counter(page, deck-digits)` when the deck writes its own digits. */
export const counterCss = (name: string, digits: string): string => (ownDigits(digits) ? `counter(${name}, ${DIGIT_STYLE})` : `counter(${name})`);
