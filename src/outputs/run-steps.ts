import { eachLimited } from '../each-limited.js';
import type { PageMap } from '../render/view.js';
import type { DeckContext, GuideStep, OutputFile, OutputStep } from './output.js';
import { BROWSER_CONCURRENCY } from '../model/concurrency.js';
import { span, mark } from '../timeline.js';

/** Steps printed side by side at most: one per core of the 2-core machines we aim at. */
export const STEP_CONCURRENCY = BROWSER_CONCURRENCY;

/** A deck's steps: the guide (when wanted) and the others, in the order their files are listed. */
export interface DeckSteps {
  guide?: GuideStep;
  rest: OutputStep[];
}

/**
 * Runs a deck's output steps: the guide first, the rest (which cite its page numbers) as soon
 * as the guide tells where its headings land — before its print — side by side, at most `limit`
 * at a time, each in its own browser page. The pages travel as values: from the guide's
 * announcement to each step's run. Should the printed guide's pages differ from the announced
 * ones, those steps run again with the printed ones. Files come back guide first, then in step
 * order whatever finishes first. When a step fails, no new one starts, the running ones finish,
 * and the first error is thrown.
 */
export async function runSteps({ guide, rest }: DeckSteps, ctx: DeckContext, limit = STEP_CONCURRENCY): Promise<OutputFile[]> {
  const results: OutputFile[][] = rest.map(() => []);
  // The early run's warnings wait for its verdict: a run again says them again (a card that
  // overflows printed its warning twice), so only the run whose files are kept is heard.
  const held: Parameters<DeckContext['warn']>[0][] = [];
  const runRest = (pages: PageMap | undefined, hold = false) =>
    eachLimited(rest, limit, async (step, i) => {
      results[i] = await span(`step ${step.name}`, () => step.run(hold ? { ...ctx, warn: (d) => void held.push(d) } : ctx, pages));
    });
  if (!guide) {
    await runRest(undefined);
    return results.flat();
  }
  let announced: PageMap | undefined;
  let early: Promise<void> | undefined;
  let signal!: () => void;
  const announcedOrDone = new Promise<void>((resolve) => (signal = resolve));
  const onPages = (pages: PageMap) => {
    if (announced) return;
    announced = pages;
    mark('guide pages announced');
    signal();
  };
  const guideRun = span('step guide', () => guide.run(ctx, onPages)).finally(signal);
  await announcedOrDone;
  if (announced) early = runRest(announced, true);
  const settled = await Promise.allSettled([guideRun, ...(early ? [early] : [])]);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  const sayHeld = () => held.forEach((d) => ctx.warn(d));
  if (failure) {
    sayHeld();
    throw failure.reason;
  }
  const printed = await guideRun;
  if (early && samePages(announced, printed.pages)) sayHeld();
  else await runRest(printed.pages);
  return [...printed.files, ...results.flat()];
}

function samePages(a: PageMap | undefined, b: PageMap): boolean {
  if (!a || a.size !== b.size) return false;
  for (const [id, page] of a) if (b.get(id) !== page) return false;
  return true;
}
