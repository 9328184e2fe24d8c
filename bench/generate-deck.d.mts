/** The deck's markdown for `count` questions; the same count and seed always give the same text. */
export function generateDeck(count: number, seed?: number): string;
