/** An element id as a CSS selector's: every character but letters, digits, `_` and `-` escaped by its code point (a deck's ids may hold any letter). */
export const cssId = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
