// Banks number their questions by hand, and hand counts slip: a number typed twice (`2.` over two
// questions), or the count begun again at 1 in the next group. Read as a break in the count, the
// question after the slip was run into the one before it, or the numbers stayed in the words.

/**
 * Whether `next` carries on a count that stood at `last`: the next number, the same one again, or
 * 1 again after two at least. `skips`: a number further on carries it on too (`7.` after `5.`).
 */
export function countsOn(last: number, next: number, skips = false): boolean {
  return next === last + 1 || next === last || (next === 1 && last >= 2) || (skips && next > last);
}

/** Whether numbers count up as a bank's questions do: each carries on the one before, most steps going up. */
export function countsUp(numbers: number[], skips = false): boolean {
  const steps = numbers.slice(1).map((next, i) => [numbers[i], next] as const);
  return steps.every(([last, next]) => countsOn(last, next, skips)) && steps.filter(([last, next]) => next > last).length * 2 > steps.length;
}
