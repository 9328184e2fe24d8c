/**
 * LONG_TESTS=1 (`LONG_TESTS=1 npx vitest run --project unit`): the unit tests that sample a large
 * space try all of it, or many more cases of it: every layout fixture's import, property tests at
 * their long run counts. Worth a run after a change to the parser, the layouts or the import.
 */
export const LONG_RUN = process.env.LONG_TESTS === '1';

/**
 * How many cases a property test tries: `quick` in an everyday run, `long` with LONG_TESTS=1, and
 * PROPERTY_RUNS=n for any other count. fast-check takes a new seed each run, so the quick count
 * adds cases to what earlier runs tried.
 */
export function propertyRuns(quick: number, long: number): number {
  const given = Number(process.env.PROPERTY_RUNS);
  if (Number.isInteger(given) && given > 0) return given;
  return LONG_RUN ? long : quick;
}
