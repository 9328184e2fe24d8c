/**
 * How many browser jobs (decks, output steps, printed parts, open pages) run at once: one per
 * core of the 2-core machines we measure on. Every such limit reads this one number.
 */
export const BROWSER_CONCURRENCY = 2;
