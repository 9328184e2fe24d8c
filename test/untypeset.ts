/**
 * Text as typed, from text as typeset: soft hyphens dropped and typographic quotes, dashes and
 * ellipses turned back into what a deck's author writes, so tests about content can compare
 * with the source while the typesetting has tests of its own.
 */
export function untypeset(text: string): string {
  return (
    text
      .replace(/\u00ad/g, '')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\u2026/g, '...')
      // A spaced en dash is what a hyphen typed with a space either side prints as.
      .replace(/[ \u00a0]\u2013 /g, ' - ')
  );
}
