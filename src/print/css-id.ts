/**
 * An element id as a CSS selector's (`#${cssId(id)}`), as CSS.escape writes it: a digit leading
 * the id (or following its leading hyphen) is escaped by its code point, since an identifier may
 * not start with one (`#3-networking` is no selector), as is a lone hyphen, and every character
 * but letters, digits, `_` and `-` (a deck's ids may hold any letter).
 */
export const cssId = (id: string): string =>
  id === '-'
    ? '\\-'
    : id.replace(/[^\w-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `).replace(/^(-?)(\d)/, (_m, dash: string, digit: string) => `${dash}\\3${digit} `);
