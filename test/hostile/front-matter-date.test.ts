import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/index.js';
import { coverDate } from '../../src/render/view.js';

const deckDated = (date: string) => `---\ntitle: Dated\ndate: ${date}\n---\n\n## S\n\n### What is a process?\n\n> A running program.\n`;

describe('a front matter date that is no day of the calendar', () => {
  it('is left out with a warning at its line, and the cover shows the build date (2026-13-45 printed as written)', async () => {
    for (const date of ['2026-13-45', '2025-02-29', '2026-04-31', '2026-00-10']) {
      const deck = await parseDeck(deckDated(date), { file: 'd.md' });
      expect(deck.date, date).toBeUndefined();
      expect(coverDate(deck, { SOURCE_DATE_EPOCH: '1796083200' })).toBe('2026-12-01');
      const [warning] = deck.diagnostics.filter((d) => d.code === 'unknown-front-matter');
      expect(warning, date).toMatchObject({ line: 3, severity: 'warning' });
      expect(warning.message).toBe(
        `front matter "date: ${date}" is no day of the calendar; ignored, the cover shows the build date — write the day as YYYY-MM-DD, as \`date: ${date.slice(0, 4)}-01-31\``,
      );
    }
  });

  it('a real day, a leap day, a day with its time, or words, print as written without a word', async () => {
    for (const [date, cover] of [
      ['2024-02-29', '2024-02-29'],
      ['2026-12-07 10:00:00', '2026-12-07'],
      ['Spring 2026', 'Spring 2026'],
    ]) {
      const deck = await parseDeck(deckDated(date), { file: 'd.md' });
      expect(coverDate(deck), date).toBe(cover);
      expect(deck.diagnostics.filter((d) => d.code === 'unknown-front-matter')).toEqual([]);
    }
  });
});
