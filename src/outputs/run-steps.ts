import { eachLimited } from '../each-limited.js';
import type { PageMap } from '../render/view.js';
import type { DeckContext, OutputFile, OutputStep } from './output.js';
import { BROWSER_CONCURRENCY } from '../model/concurrency.js';

/** Steps printed side by side at most: one per core of the 2-core machines we aim at. */
export const STEP_CONCURRENCY = BROWSER_CONCURRENCY;

/**
 * Runs a deck's output steps: the guide first, the rest (which cite its page numbers) as soon
 * as the guide announces where its headings land — for a large guide while it is still printing
 * its final round — side by side, at most `limit` at a time, each in its own browser page. Should
 * the final guide's pages differ from the announced ones, those steps run again. Files come back
 * in step order whatever finishes first. When a step fails, no new one starts, the running ones
 * finish, and the first error is thrown.
 */
export async function runSteps(steps: OutputStep[], ctx: DeckContext, limit = STEP_CONCURRENCY): Promise<OutputFile[]> {
  const results: OutputFile[][] = steps.map(() => []);
  const guide = steps.findIndex((s) => s.name === 'guide');
  const rest = steps.map((_s, i) => i).filter((i) => i !== guide);
  const runRest = () =>
    eachLimited(rest, limit, async (i) => {
      results[i] = await steps[i].run(ctx);
    });
  if (guide < 0) {
    await runRest();
    return results.flat();
  }
  let announced: PageMap | undefined;
  let early: Promise<void> | undefined;
  let signal!: () => void;
  const announcedOrDone = new Promise<void>((resolve) => (signal = resolve));
  ctx.announceGuidePages = (pages) => {
    ctx.guidePages = announced = pages;
    signal();
  };
  const guideRun = steps[guide].run(ctx).then((files) => void (results[guide] = files)).finally(signal);
  await announcedOrDone;
  if (announced) early = runRest();
  const settled = await Promise.allSettled([guideRun, ...(early ? [early] : [])]);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  if (!early || !samePages(announced, ctx.guidePages)) await runRest();
  return results.flat();
}

function samePages(a: PageMap | undefined, b: PageMap | undefined): boolean {
  if (!a || !b || a.size !== b.size) return a === b;
  for (const [id, page] of a) if (b.get(id) !== page) return false;
  return true;
}
