import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { coverDate } from '../../src/render/view.js';
import { sourceDate } from '../../src/source-date.js';

const deck = (frontMatter: string) => parseDeck(`---\n${frontMatter}\n---\n# T\n\n## S\n\n### Q?\n\n> A.\n`, { file: 'deck.md', slug: 'deck' });

describe('cover date', () => {
  it('prefers the front matter date over SOURCE_DATE_EPOCH', () => {
    expect(coverDate(deck('date: 2025-03-04'), { SOURCE_DATE_EPOCH: '1767225600' })).toBe('2025-03-04');
  });

  it('shows the day of a date given to the second, and any other date as written', () => {
    expect(coverDate(deck("date: '2019-03-02 10:00:00'"), {})).toBe('2019-03-02');
    expect(coverDate(deck('date: 2019-03-02T10:00:00+02:00'), {})).toBe('2019-03-02');
    expect(coverDate(deck('date: March 2019'), {})).toBe('March 2019');
  });

  it('uses SOURCE_DATE_EPOCH when the deck has no date, for the cover and the PDF dates', () => {
    expect(coverDate(deck('title: T'), { SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
    expect(sourceDate({ SOURCE_DATE_EPOCH: '1767225600' })?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('falls back to today when SOURCE_DATE_EPOCH is unset or not a number', () => {
    // The build date: compared by shape, so the test cannot flake at midnight.
    expect(coverDate(deck('title: T'), {})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(coverDate(deck('title: T'), { SOURCE_DATE_EPOCH: 'soon' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sourceDate({ SOURCE_DATE_EPOCH: 'soon' })).toBeUndefined();
  });
});
