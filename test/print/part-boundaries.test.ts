import { describe, expect, it } from 'vitest';
import { moveTail, opensDeckPart, pagesKept, questionStarts, tailStart } from '../../src/print/part-boundaries.js';
import type { GuidePart } from '../../src/render/render-guide.js';
import type { Deck } from '../../src/model/deck.js';

const part = (slices: [number, number, number][], outro = false): GuidePart => ({
  front: false,
  slices: slices.map(([section, from, to]) => ({ section, from, to })),
  outro,
});

describe('a part that would end on a thin page', () => {
  it('hands on the questions from the one that opens the last page', () => {
    const starts = [
      { page: 1, top: 0 },
      { page: 2, top: 0.2 },
      { page: 2, top: 0.7 },
      { page: 3, top: 0 },
      { page: 3, top: 0.1 },
    ];
    expect(tailStart(starts, 3, 0.3)).toBe(3);
  });

  it('else from the last question in the lower half of the page before, which then stays over half full', () => {
    const starts = [
      { page: 1, top: 0 },
      { page: 2, top: 0.2 },
      { page: 2, top: 0.55 },
      { page: 2, top: 0.8 },
      { page: 3, top: 0.25 },
    ];
    expect(tailStart(starts, 3, 0.4)).toBe(3);
  });

  it('keeps a last page that is half full or more, and never strands a question running over onto it', () => {
    const starts = [
      { page: 1, top: 0 },
      { page: 2, top: 0.1 },
      { page: 3, top: 0.3 },
    ];
    expect(tailStart(starts, 3, 0.6)).toBeUndefined();
    // Q2 starts high on page 2 and runs onto page 3: moving Q3 would leave Q2's end alone there.
    expect(tailStart(starts, 3, 0.4)).toBeUndefined();
    // A part never hands on all its questions, nor cuts a one-page part.
    expect(tailStart([{ page: 1, top: 0 }], 1, 0.1)).toBeUndefined();
    expect(
      tailStart(
        [
          { page: 2, top: 0 },
          { page: 2, top: 0.5 },
        ],
        2,
        0.1,
      ),
    ).toBeUndefined();
  });

  it('tells how many pages the part keeps without loading it again: up to the page before a tail opening a page, else the page it starts on', () => {
    const starts = [
      { page: 1, top: 0 },
      { page: 2, top: 0.2 },
      { page: 2, top: 0.8 },
      { page: 3, top: 0 },
    ];
    // The tail opened page 3: the rest ends on page 2.
    expect(pagesKept(starts, 3)).toBe(2);
    // The tail starts low on page 2: page 2 keeps what is above it.
    expect(pagesKept(starts, 2)).toBe(2);
    expect(pagesKept([{ page: 1, top: 0 }, undefined], 1)).toBeUndefined();
  });

  it('moves the tail to the head of the next part, joining the slices of a section cut between them', () => {
    const [kept, next] = moveTail(
      part([
        [0, 0, 3],
        [1, 0, 4],
      ]),
      part(
        [
          [1, 4, 6],
          [2, 0, 2],
        ],
        true,
      ),
      5,
    );
    expect(kept.slices).toEqual([
      { section: 0, from: 0, to: 3 },
      { section: 1, from: 0, to: 2 },
    ]);
    expect(next.slices).toEqual([
      { section: 1, from: 2, to: 6 },
      { section: 2, from: 0, to: 2 },
    ]);
    expect(next.outro).toBe(true);
    const [a, b] = moveTail(
      part([
        [0, 0, 3],
        [1, 0, 4],
      ]),
      part([[2, 0, 2]]),
      3,
    );
    expect(a.slices).toEqual([{ section: 0, from: 0, to: 3 }]);
    expect(b.slices.map((s) => s.section)).toEqual([1, 2]);
  });

  it("reads a question's start from its section's when the part opens that section", () => {
    const deck = {
      sections: [
        { id: 's1', questions: [{ id: 'a' }, { id: 'b' }] },
        { id: 's2', questions: [{ id: 'c' }, { id: 'd' }], part: { id: 's2' } },
      ],
    } as unknown as Deck;
    const pages = new Map([
      ['s1', 1],
      ['a', 1],
      ['b', 1],
      ['s2', 2],
      ['c', 2],
    ]);
    const tops = new Map([
      ['s1', 0],
      ['a', 0.1],
      ['b', 0.5],
      ['s2', 0],
      ['c', 0.2],
    ]);
    expect(
      questionStarts(
        deck,
        part([
          [0, 1, 2],
          [1, 0, 2],
        ]),
        pages,
        tops,
      ),
    ).toEqual([{ page: 1, top: 0.5 }, { page: 2, top: 0 }, undefined]);
    expect(opensDeckPart(deck, part([[1, 0, 2]]))).toBe(true);
    expect(opensDeckPart(deck, part([[1, 1, 2]]))).toBe(false);
    expect(opensDeckPart(deck, part([[0, 0, 2]]))).toBe(false);
  });
});
