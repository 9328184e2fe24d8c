import { describe, expect, it } from 'vitest';
import { measureAlongChain } from '../../src/print/measure-chain.js';

// A part is its questions' lengths; measured, it tells how full its last page ends (a page holds 10).
type Part = number[];
const fill = (part: Part) => part.reduce((a, b) => a + b, 0) % 10;
/** Hands its last question on when its last page ends under a third full, as part-boundaries.ts hands on a thin page. */
const handOnOf = (body: Part[]) => (i: number, measured: { fill: number }) => {
  if (measured.fill === 0 || measured.fill > 3 || body[i].length < 2) return undefined;
  return { parts: [body[i].slice(0, -1), [...body[i].slice(-1), ...body[i + 1]]] as [Part, Part] };
};

/** The parts' measures as before: each as first cut, then part by part again where the one before handed on its tail. */
function oneByOne(cut: Part[]) {
  const body = cut.map((p) => [...p]);
  const handOn = handOnOf(body);
  const measures = body.map((p) => ({ fill: fill(p) }));
  for (let i = 0; i + 1 < body.length; i++) {
    const h = handOn(i, measures[i]);
    if (!h) continue;
    [body[i], body[i + 1]] = h.parts;
    measures[i + 1] = { fill: fill(body[i + 1]) };
  }
  return { body, measures };
}

/** Runs the chain on `cut`, every measure noted; `first` as the front's measure. */
async function chained(cut: Part[], first?: () => Promise<void>) {
  const body = cut.map((p) => [...p]);
  const measured: string[] = [];
  const made = new Map<string, Promise<{ fill: number }>>();
  const key = (part: Part, index: number) => `${index}:${part.join(',')}`;
  const result = await measureAlongChain({
    body,
    measure: (part, index) => {
      let m = made.get(key(part, index));
      if (!m) {
        measured.push(key(part, index));
        m = Promise.resolve({ fill: fill(part) });
        made.set(key(part, index), m);
      }
      return m;
    },
    made: (part, index) => made.has(key(part, index)),
    handOn: handOnOf(body),
    first,
  });
  return { body, ...result, measured };
}

// Parts 0, 2 and 4 end thin (fill 1–3) and hand their last question on.
const CUT: Part[] = [
  [4, 4, 3],
  [5, 5, 4],
  [6, 6, 0, 1],
  [7, 2, 5],
  [1, 1],
  [9, 9],
];

describe('guide parts measured along a chain', () => {
  it('measures each part as the part before leaves it, the same as measured one by one', async () => {
    const expected = oneByOne(CUT);
    for (const first of [undefined, () => new Promise<void>((resolve) => setTimeout(resolve, 0))]) {
      const { body, measures } = await chained(CUT, first);
      expect(body).toEqual(expected.body);
      expect(measures).toEqual(expected.measures);
    }
  });

  it('measures a part that takes a tail only as it then is, where the chain reaches it first', async () => {
    // The front's measure ends after the chain: nothing is measured ahead as first cut.
    const { measured, handed } = await chained(CUT, () => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    expect(handed.filter(Boolean)).toHaveLength(3);
    // One measure a part: the three taking a tail (1, 3, 5) are not measured as first cut.
    expect(measured).toEqual(['0:4,4,3', '1:3,5,5,4', '2:6,6,0,1', '3:1,7,2,5', '4:1,1', '5:1,9,9']);
  });

  it('measures each part at most once as first cut and once as handed a tail', async () => {
    const { measured } = await chained(CUT);
    expect(new Set(measured).size).toBe(measured.length);
    expect(measured.length).toBeLessThanOrEqual(CUT.length + 3);
  });
});
