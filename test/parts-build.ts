/**
 * The deck the global setup prints in parts, and the part size: small parts, so a small deck
 * makes several (its guide in parts of 5 questions, its cards in parts of 10), as a 5,000-question
 * deck prints in parts of 150.
 */
export const PARTS_SLUG = 'kubernetes-admin';
export const PARTS_DECK = `content/${PARTS_SLUG}.md`;
export const PRINT_PART = 5;
