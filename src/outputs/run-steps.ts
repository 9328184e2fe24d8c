import { eachLimited } from '../each-limited.js';
import type { DeckContext, OutputFile, OutputStep } from './output.js';

/** Steps printed side by side at most: one per core of the 2-core machines we aim at. */
export const STEP_CONCURRENCY = 2;

/**
 * Runs a deck's output steps: the guide alone first (the others cite its page numbers), then
 * the rest side by side, at most `limit` at a time, each in its own browser page. Files come
 * back in step order whatever finishes first, so outputs and their reports stay stable. When a
 * step fails, no new one starts, the running ones finish, and the first error is thrown.
 */
export async function runSteps(steps: OutputStep[], ctx: DeckContext, limit = STEP_CONCURRENCY): Promise<OutputFile[]> {
  const results: OutputFile[][] = steps.map(() => []);
  const guide = steps.findIndex((s) => s.name === 'guide');
  if (guide >= 0) results[guide] = await steps[guide].run(ctx);
  const rest = steps.map((_s, i) => i).filter((i) => i !== guide);
  await eachLimited(rest, limit, async (i) => {
    results[i] = await steps[i].run(ctx);
  });
  return results.flat();
}
