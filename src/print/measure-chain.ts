/** What the chain needs of the guide's parts (print-guide-parts.ts): P a part, M its measure, H a hand-on. */
export interface Chain<P, M, H extends { parts: [P, P] }> {
  /** The body parts as first cut; a part that hands on its tail, and the part taking it, are replaced in place. */
  body: P[];
  /** Measures `part` at `index` (its place in the body), or gives the measure of that very part already made or under way. */
  measure: (part: P, index: number) => Promise<M>;
  /** Whether a measure of that very part was made or is under way. */
  made: (part: P, index: number) => boolean;
  /** Part i, as `measured`, handing the questions on its thin last page to part i + 1: the two parts then, or undefined. */
  handOn: (i: number, measured: M) => H | undefined;
  /** Measured beside the chain before anything else (the front). */
  first?: () => Promise<void>;
}

/**
 * Each body part measured as it is finally cut. A part ending on a thin page hands its last
 * questions on to the next (part-boundaries.ts), so a part's questions are known only once the
 * part before is measured: the chain measures the parts in order, each as it then stands. Beside
 * it, `first`, then the parts as first cut from the last back, until the two meet: the chain takes
 * such a measure where the part before handed nothing on (most do), and measures the part again
 * where it did. Once they meet, the part after the next one that would hand on its tail (by its
 * measure as first cut) is measured ahead, as it would then be, beside the chain's. Returns each
 * part's measure and its hand-on, in body order.
 *
 * Measured all as first cut and then again along the chain, every part taking a tail was measured
 * twice (5 of 15 parts at 2,000 questions) and the measures again ran after the rest, on one core.
 */
export async function measureAlongChain<P, M, H extends { parts: [P, P] }>(chain: Chain<P, M, H>): Promise<{ measures: M[]; handed: (H | undefined)[] }> {
  const { body } = chain;
  const measures: M[] = [];
  const handed: (H | undefined)[] = body.map(() => undefined);
  const firstCut: (M | undefined)[] = body.map(() => undefined);
  /** The part the chain measures now (all measured: body.length). */
  let next = 0;
  let onAdvance: (() => void) | undefined;
  const advanced = () => new Promise<void>((resolve) => (onAdvance = resolve));
  const advance = (to: number) => {
    next = to;
    onAdvance?.();
    onAdvance = undefined;
  };
  const along = (async () => {
    try {
      for (let i = 0; i < body.length; i++) {
        measures[i] = await chain.measure(body[i], i);
        const h = i + 1 < body.length ? chain.handOn(i, measures[i]) : undefined;
        if (h) [body[i], body[i + 1], handed[i]] = [...h.parts, h];
        advance(i + 1);
      }
    } finally {
      advance(body.length);
    }
  })();
  // After the chain's part: the next part that would hand on its tail, by its measure as first cut; the part after it as it would then be.
  const guess = () => {
    for (let j = next + 1; j + 1 < body.length; j++) {
      const measured = firstCut[j];
      if (measured === undefined) return undefined;
      const h = chain.handOn(j, measured);
      if (h) return { part: h.parts[1], index: j + 1 };
    }
    return undefined;
  };
  const beside = (async () => {
    await chain.first?.();
    // The parts past the chain's are as first cut (only the chain moves questions). One that fails is the chain's to meet.
    for (let j = body.length - 1; j > next; j--) firstCut[j] = await chain.measure(body[j], j).catch(() => undefined);
    while (next < body.length) {
      const at = next;
      const ahead = guess();
      if (ahead && !chain.made(ahead.part, ahead.index)) await chain.measure(ahead.part, ahead.index).catch(() => undefined);
      else if (next === at) await advanced();
    }
  })();
  await Promise.all([along, beside]);
  return { measures, handed };
}
