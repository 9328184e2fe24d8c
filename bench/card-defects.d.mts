export const MAX_CARD_CHARS: number;
/** The defect classes of one derived card (empty when it is fine). */
export function cardDefects(card: { cardText: string; cardHtml: string; source: string }): string[];
