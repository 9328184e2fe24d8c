import type { Page } from 'puppeteer-core';
import { keepCellWords } from './keep-cell-words.js';
import { fitWideTables, type WideTable } from './fit-wide-tables.js';
import { limitHyphenRuns } from './limit-hyphen-runs.js';
import { applyFigureMoves, floatFigures, type FigureMove } from './float-figures.js';
import { applyPlan, cutTables, joinTables, replacePlan, withdrawPlan, type SectionPlan, type TextBlock } from './plan-section-breaks.js';
import { dropColumns, holdColumns, keepPageFootWords, type PageSize, type PredictedPages } from './predict-pages.js';
import { keptHyphens, noteHyphens, replayHyphens, type KeptHyphens } from './kept-hyphens.js';
import { splitKeptQuestions } from './split-kept-questions.js';
import { flipShortBlocks, keepShortBlocks } from './keep-short-blocks.js';
import { keepBoxesWithAnswers } from './keep-boxes-with-answers.js';
import { endsThin, pullGuidePageBack } from './pull-guide-page-back.js';
import { pullBookletSheetBack } from './pull-booklet-sheet-back.js';
import { tightenGuideTail, tightenPartEnds } from './tighten-guide-tail.js';
import { runFrontOnWhenShorter } from './run-front-on.js';
import { holdCodeUnderComments } from './hold-code-under-comments.js';
import { inPrintMedia } from './print-media.js';
import { replayTextCuts } from './cut-text-block.js';
import { withTextBlock } from './in-text-block.js';
import { loadedPrintFaces } from './loaded-faces.js';
import { settlePrintFonts } from './settle-fonts.js';
import { span } from '../timeline.js';

/** Rounds of judging the boxes again, each on the pages as the plan made again for the boxes kept before lays them out. */
const BOX_ROUNDS = 3;

/** A section plan and the figures that rose before it was made: a later load makes the same moves. */
export interface BodyPlan extends SectionPlan {
  figures?: FigureMove[];
  /** The soft hyphens the laying out took out: a later load takes out the same, without laying out to find them. */
  hyphens?: KeptHyphens;
  /** The paragraphs and list items whose keep the laying out turned over, counted in lines (keep-short-blocks.ts). */
  shortBlocks?: number[];
  /** The faces that load had loaded once laid out (loaded-faces.ts): a later load loads them instead of laying out to find them. */
  faces?: string[];
  /** The tables set smaller (their rules are in css) because they ran wider than the text (fit-wide-tables.ts). */
  wideTables?: WideTable[];
}

/** A body laid out: its plan, and where the pages of the text as it stays fall (predict-pages.ts). */
export interface LaidOutBody {
  plan: BodyPlan;
  pages: PredictedPages | { unmodelled: string };
  /** The chapters each plan made for the figures, questions and boxes moved ran on, in turn (a box's trial plans, and the plans for the last pages, left out). */
  plans: string[][];
}

/**
 * The guide's body laid out in the loaded page before its pages are measured: a table wider than
 * the text set smaller (fit-wide-tables.ts), a table's words kept whole where it still fits (keep-cell-words.ts), hyphen runs kept short, paragraphs and items kept whole by their lines (keep-short-blocks.ts), chapters planned to start a page or run on (plan-section-breaks.ts), then figures let rise
 * within their answers where they left a hole (float-figures.ts) and short questions sent on over
 * a hole let split (split-kept-questions.ts), and "In short" boxes left at a page's foot kept with
 * their answers (keep-boxes-with-answers.ts); when any changed, the chapters are planned again on the text as it now falls, so the plan's page names fit it. Returns the plan,
 * applied, with the figures' moves, for a later load of the same guide (replayBody). Last, a word
 * broken at a page's foot is kept whole (predict-pages.ts, keepPageFootWords), which measures
 * the pages of the final text on the way: those are returned too, for the pages of `ids`.
 * All in the print media, switched to once (print-media.ts).
 */
export async function layOutAndPredict(page: Page, block: TextBlock, size: PageSize, ids: readonly string[]): Promise<LaidOutBody> {
  return inPrintMedia(page, async () => {
    // The print faces loaded before anything is measured, so that no measuring step starts in a
    // fallback face and has to settle and measure again.
    await span('plan: faces', () => settlePrintFonts(page));
    await span('plan: hyphens noted', () => noteHyphens(page));
    const { shortBlocks, wide } = await span('plan: tables, words, short blocks', () =>
      withTextBlock(page, block, async () => {
        const wide = await fitWideTables(page, block);
        await keepCellWords(page, block);
        await limitHyphenRuns(page, block);
        return { shortBlocks: await keepShortBlocks(page, block), wide };
      }),
    );
    let plan = await span('plan: chapters', async () => runFrontOnWhenShorter(page, block, size, await planned(page, block)));
    const plans = [plan];
    const again = async () => {
      plan = await span('plan: chapters again', () => planAgain(page, block, plan));
      plans.push(plan);
    };
    // The figures and the questions tried in one stretch of column layout (holdColumns): no step between them reads the page flow.
    const { figures, first } = await holdColumns(page, async () => ({
      figures: await span('plan: figures', () => floatFigures(page, size)),
      first: await span('plan: questions split', () => splitKeptQuestions(page, size)),
    }));
    let splits = first;
    // Planned again on the text as it now falls, so the plan's page names fit it, and so the boxes are judged on the pages as they will print.
    if (figures.length || splits) {
      await again();
      // The new plan moves text: a hole it opens before a short question is judged as the first were.
      const more = await span('plan: questions split', () => splitKeptQuestions(page, size));
      if (more !== splits) await again();
      splits = more;
    }
    // Likewise the boxes and the page-foot words, unless a box kept means planning again (in the page flow).
    // A trial plan for a box whose keep costs a page under the plan as it is: nothing cut, so that taking it back leaves the page as it was.
    const replan = async () => {
      await dropColumns(page);
      await replacePlan(page, block, plan.frontRunOn, false);
      return async () => {
        await dropColumns(page);
        await withdrawPlan(page);
        await applyPlan(page, plan);
      };
    };
    const { boxes, pulled, pages } = await holdColumns(page, async () => {
      let boxes = await span('plan: boxes', () => keepBoxesWithAnswers(page, size, replan));
      if (boxes) {
        await dropColumns(page);
        await again();
        // The boxes kept or left move what follows them: a figure that rose into a hole that is now elsewhere may leave one
        // (the A4 booklet's Q18 box stayed on a page 39 % full, the diagram that had risen under it overleaf). Judged again.
        const more = await span('plan: figures', () => floatFigures(page, size));
        // What this moves is planned for with what the questions' step or the boxes' rounds below move next, not alone:
        // each step moves text by a few lines, and a plan made between them judged a chapter's run-on on a page the next
        // step filled or emptied past NEW_PAGE_FILL again (the A4 infrastructure guide's "Scenario-based" ran on, then
        // not, over five plans; now four, the same pages). A question let split is planned for at once, as before: judged
        // on the plan before it, the boxes after it left a page of the generated 300-question guide 30 % blank.
        let moved = false;
        if (more.length) {
          figures.push(...more);
          moved = true;
        }
        // Likewise a short question sent on over a hole they opened (the A5 booklet's Q29, 43 % of a page, overleaf from
        // a page 60 % full): let split as the first were.
        const splitNow = await span('plan: questions split', () => splitKeptQuestions(page, size));
        if (splitNow !== splits) {
          splits = splitNow;
          await dropColumns(page);
          await again();
          moved = false;
        }
        // What moved since may leave another box at a page's foot (the A4 infrastructure guide's Q19, once the VPC diagram
        // above it had risen): judged once more, on the pages as they now fall; the plan made again when one is kept.
        // And the plan made again for those kept may leave another at a shared page's foot (the Letter infrastructure
        // guide's Q41, its box left under the chapter before's name, its answer overleaf under its own): a few rounds.
        for (let round = 0; round < BOX_ROUNDS; round++) {
          const next = await span('plan: boxes', () => keepBoxesWithAnswers(page, size, replan));
          if (next === boxes) break;
          boxes = next;
          await dropColumns(page);
          await again();
          moved = false;
        }
        // No box kept: planned for the figures moved alone.
        if (moved) {
          await dropColumns(page);
          await again();
        }
      }
      let pages = await span('plan: page-foot words', () => keepPageFootWords(page, size, ids));
      // A last page holding a short end of the last chapter goes back up to the page before (pull-guide-page-back.ts).
      let pulled = endsThin(pages) ? await span('plan: last page pulled back', () => pullGuidePageBack(page, size)) : '';
      if (pulled) pages = await keepPageFootWords(page, size, ids);
      // Still thin: the last pages drawn together and the chapters planned again on them (tighten-guide-tail.ts).
      const laid = 'unmodelled' in pages ? undefined : pages;
      const tail = !pulled && endsThin(pages) && laid ? await span('plan: tail tightened', () => tightenGuideTail(page, block, size, plan, laid)) : undefined;
      if (tail) {
        ({ css: pulled, plan } = tail);
        pages = await keepPageFootWords(page, size, ids);
      }
      // A combined guide's parts open pages: a thin page ending a part is drawn together the same way, within its part.
      const partEnds =
        'unmodelled' in pages ? undefined : await span('plan: part ends', () => tightenPartEnds(page, block, size, plan, tail ?? { css: '', runOn: [] }));
      if (partEnds) {
        // Its rules hold the tail's; the pull-back's (its own style) stay beside them.
        pulled = [tail ? '' : pulled, partEnds.css].filter(Boolean).join('\n');
        ({ plan } = partEnds);
        pages = await keepPageFootWords(page, size, ids);
      }
      // A booklet's body a page or two into a sheet of blanks is drawn together over its last pages (pull-booklet-sheet-back.ts),
      // its chapters let run on if need be: a trial plan each (nothing cut); with none, the plan as it was put back.
      const replanSheet = async (runOn: readonly string[]) => {
        await dropColumns(page);
        if (runOn.length) return replacePlan(page, block, plan.frontRunOn, false, runOn);
        await withdrawPlan(page);
        await applyPlan(page, plan);
        return plan;
      };
      const sheet = 'unmodelled' in pages ? { css: '' } : await pullBookletSheetBack(page, size, pages, replanSheet);
      // The cuts the plan before made stay in the page: a later load makes them too.
      if (sheet.plan) plan = { ...sheet.plan, ...(plan.tables ? { tables: plan.tables } : {}), ...(plan.lines ? { lines: plan.lines } : {}) };
      if (sheet.css || sheet.plan) pages = await keepPageFootWords(page, size, ids);
      // Last, on the pages as they now fall: a page ending on a comment line of a listing, its code overleaf, ends before the
      // comment where that costs no page (or sheet).
      const comments = await span('plan: code under comments', () => holdCodeUnderComments(page, size));
      if (comments) pages = await keepPageFootWords(page, size, ids);
      return { boxes, pulled: [comments, pulled, sheet.css].filter(Boolean).join('\n'), pages };
    });
    const { hyphens, faces } = await span('plan: hyphens and faces kept', async () => ({
      hyphens: await keptHyphens(page),
      faces: await loadedPrintFaces(page),
    }));
    // A later load gets the rules letting questions split and boxes keep with their answers with the plan's (the guide renders them in its head).
    const css = [wide.css, splits, boxes, pulled, plan.css].filter(Boolean).join('\n');
    return {
      plan: {
        ...plan,
        css,
        ...(figures.length ? { figures } : {}),
        ...(hyphens ? { hyphens } : {}),
        ...(shortBlocks.length ? { shortBlocks } : {}),
        ...(faces ? { faces } : {}),
        ...(wide.tables.length ? { wideTables: wide.tables } : {}),
      },
      pages,
      plans: plans.map((p) => [...p.flowing]),
    };
  });
}

/** The chapters planned in the loaded page, the plan applied. */
async function planned(page: Page, block: TextBlock): Promise<SectionPlan> {
  return replacePlan(page, block);
}

/** layOutAndPredict, for the plan alone. */
export async function layOutBody(page: Page, block: TextBlock, size: PageSize): Promise<BodyPlan> {
  return (await layOutAndPredict(page, block, size, [])).plan;
}

/**
 * A load with no plan (a guide's front, printed in parts) laid out as replayBody lays it out
 * without one: wide tables' and hyphen runs' words kept whole, then words at a page's foot,
 * whose last round measures the pages: those are returned, for the pages of `ids`.
 */
export async function layOutUnplanned(page: Page, block: TextBlock, size: PageSize, ids: readonly string[]): Promise<PredictedPages | { unmodelled: string }> {
  return inPrintMedia(page, async () => {
    await settlePrintFonts(page);
    await withTextBlock(page, block, async () => {
      await fitWideTables(page, block);
      await keepCellWords(page, block);
      await limitHyphenRuns(page, block);
    });
    return keepPageFootWords(page, size, ids);
  });
}

/**
 * The chapters planned again in the loaded page, in place of `plan`. The tables it cut are put back together and cut where
 * they now break; the blocks it cut stay cut, and the new plan may cut others after them.
 */
async function planAgain(page: Page, block: TextBlock, plan: SectionPlan): Promise<SectionPlan> {
  await joinTables(page);
  // The first chapter goes on under the contents, or not, as first planned: the figures and questions moved since were judged on that
  // (the A5 statistics booklet's chapter, run on once its diagram had sunk, left a page 34 % full above the diagram).
  // Taken out, measured and put in by one call (the new plan's rules are its own: the cuts kept add none).
  const again = await replacePlan(page, block, plan.frontRunOn);
  const lines = [...(plan.lines ?? []), ...(again.lines ?? [])];
  return { ...again, ...(lines.length ? { lines } : {}) };
}

/**
 * A later load of a guide rendered with `plan`: the same hyphens kept whole, the same blocks kept
 * whole and the same figures moved, no plan measured. The hyphens the laying out took out are taken out again as recorded
 * when the body's text is the one they were found in; otherwise they are found again as then.
 */
export async function replayBody(page: Page, block: TextBlock, size: PageSize, plan: BodyPlan | undefined): Promise<void> {
  await cutTables(page, plan?.tables ?? []);
  // The paragraphs cut where a shared page ends are cut as they were: after the hyphens and the
  // blocks' keeps (found on the text whole), before the figures moved (moved among blocks cut).
  if (plan?.hyphens && (await replayHyphens(page, plan.hyphens, plan.faces))) {
    await flipShortBlocks(page, plan.shortBlocks ?? []);
    await replayTextCuts(page, plan.lines ?? []);
    return applyFigureMoves(page, plan.figures ?? []);
  }
  await inPrintMedia(page, async () => {
    await withTextBlock(page, block, async () => {
      await keepCellWords(page, block);
      await limitHyphenRuns(page, block);
    });
    await flipShortBlocks(page, plan?.shortBlocks ?? []);
    await replayTextCuts(page, plan?.lines ?? []);
    await applyFigureMoves(page, plan?.figures ?? []);
    await keepPageFootWords(page, size);
  });
}
