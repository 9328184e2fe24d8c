/** `text` as a regular expression source matching it literally (`/` escaped too, harmless elsewhere). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
