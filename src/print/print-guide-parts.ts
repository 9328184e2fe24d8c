import type { Deck } from '../model/deck.js';
import type { GuidePart } from '../render/render-guide.js';
import type { PageMap } from '../render/view.js';
import type { BrowserSession } from './browser-session.js';
import { inParallel, PART_QUESTIONS, planParts, startsOf } from './print-parts.js';
import { printHtml, type PageNotes } from './print-pdf.js';
import { mergeNotes } from './page-notes.js';
import { destinationPages } from './pdf-dests.js';
import type { PdfPart } from './merge-pdfs.js';
import type { FinishedGuide, GuideFinish } from './finish-guide-pdf.js';
import type { JoinedParts, PartsExpected } from './join-guide-parts.js';
import { loadPdf } from './pdf-io.js';
import { draftPrint, predictPages, type PageSize } from './predict-pages.js';
import type { TextBlock } from './plan-section-breaks.js';
import { layOutAndPredict, layOutUnplanned, replayBody, type BodyPlan } from './lay-out-body.js';
import type { WideTable } from './fit-wide-tables.js';
import { scopeDeck, span } from '../timeline.js';
import { moveTail, opensDeckPart, pagesKept, questionStarts, tailStart } from './part-boundaries.js';
import { measureAlongChain } from './measure-chain.js';

export interface PartsRender {
  (pages: PageMap, part: GuidePart | undefined): string;
}

/** Joins a guide's printed parts, checks and (settled or `last`) finishes them: join-guide-parts.ts, on the guide's PDF thread or in place. */
export interface PartsJoin {
  (parts: PdfPart[], expected: PartsExpected, finish: GuideFinish, last: boolean): Promise<JoinedParts>;
}

export interface PrintedParts {
  /** The joined guide, outlined, dated and saved. */
  finished: FinishedGuide;
  pages: PageMap;
  notes: PageNotes;
  passes: number;
  settled: boolean;
  /** Tables set smaller to fit the text width, in every part (fit-wide-tables.ts). */
  wideTables: WideTable[];
}

/** Ids a part shows and the contents cite: its sections' (where they start), questions', the outro's. */
function idsOfPart(deck: Deck, part: GuidePart): string[] {
  return [
    ...part.slices.flatMap(({ section, from, to }) => [
      ...(from === 0 ? [deck.sections[section].id] : []),
      ...deck.sections[section].questions.slice(from, to).map((q) => q.id),
    ]),
    ...(part.outro && deck.outro ? ['outro'] : []),
  ];
}

/**
 * Prints a large guide as a front (cover, contents) and body parts, each its own small
 * document, and joins them (`join`: on the guide's PDF thread, which also finishes and saves the
 * joined guide with `finish`). Each part is first loaded and measured (predict-pages.ts; an untagged
 * draft print only where its layout cannot be modelled), which tells how many pages it has and
 * where its headings land; then each is printed once: the front with the contents' page numbers
 * and each body part numbered on from where the one before ended ("page X of Y"), starting on a
 * left page with a blank lead page where its first page is even. The joined document is checked
 * against the measurement; where it disagrees, the parts are printed again with what it showed.
 * Given the text `block`, each body part follows the section-break plan of a guide printed in one
 * piece (plan-section-breaks.ts) within itself, planned in the same load that measures it; a part
 * still starts a page, and one that would end on a thin page hands its last questions on to the
 * next (part-boundaries.ts).
 */
export async function printGuideInParts(
  session: BrowserSession,
  deck: Deck,
  render: PartsRender,
  size: PageSize,
  join: PartsJoin,
  finish: GuideFinish,
  partSize = PART_QUESTIONS,
  onPages?: (pages: PageMap) => void,
  block?: TextBlock,
  maxRounds = 4,
): Promise<PrintedParts> {
  const front: GuidePart = { front: true, slices: [], outro: false };
  const body = planParts(deck, partSize);
  const notes: PageNotes[] = [];
  // A printing load makes the changes its measuring load made to the body (lay-out-body.ts).
  const print = async (html: string, tagged: boolean, plan?: BodyPlan) => {
    const result = await session.withPage(
      (page) => printHtml(page, html, { tagged, outline: false, beforePrint: (p) => (block ? replayBody(p, block, size, plan) : Promise.resolve()) }),
      'printing a part of guide.pdf',
      true,
    );
    notes.push({ blocked: result.blocked, said: result.said, undrawn: result.undrawn });
    return result.pdf;
  };
  // Each body part's own section-break plan, made in the load that measures it (no load of its own).
  const plans: (BodyPlan | undefined)[] = body.map(() => undefined);
  // A part measured, with the plan made in that load: the caller keeps it only for a measure it takes (one made ahead may not be).
  const measure = async (part: GuidePart): Promise<{ measured: Measured; plan?: BodyPlan }> => {
    const ids = part.front ? [] : idsOfPart(deck, part);
    let measured: Measured | undefined;
    let plan: BodyPlan | undefined;
    const result = await session.withPage(
      (page) =>
        printHtml(page, render(new Map(), part), {
          // Under the part's name in the timeline: two parts are measured at once.
          beforePrint: (p) =>
            scopeDeck(part.front ? 'front' : (ids[0] ?? 'part'), async () => {
              let found;
              if (block && !part.front) ({ plan, pages: found } = await layOutAndPredict(p, block, size, ids));
              else if (block) found = await layOutUnplanned(p, block, size, ids);
              found ??= await predictPages(p, size, ids);
              if ('unmodelled' in found) return draftPrint(p);
              measured = { count: found.count, local: found.pages, tops: found.tops, lastFill: found.lastFill };
              return NOT_PRINTED;
            }),
        }),
      'measuring a part of guide.pdf',
      true,
    );
    notes.push({ blocked: result.blocked, said: result.said, undrawn: result.undrawn });
    if (measured) return { measured, plan };
    const doc = await loadPdf(result.pdf);
    return { measured: { count: doc.getPageCount(), local: destinationPages(doc) }, plan };
  };

  // Each part measured, for its page count and where each heading lands within it, as it is
  // finally cut: a part ending on a thin page hands the questions on it to the next part, which is
  // measured so (measure-chain.ts). A measure is taken only for the very part it measured.
  const drafts: Measured[] = [];
  const handOn = (i: number, draft: Measured) => {
    const { count, local, tops, lastFill } = draft;
    if (!block || !tops || lastFill === undefined || opensDeckPart(deck, body[i + 1])) return undefined;
    const starts = questionStarts(deck, body[i], local, tops);
    const k = tailStart(starts, count, lastFill);
    if (k === undefined) return undefined;
    const parts = moveTail(body[i], body[i + 1], k);
    // The part handing on keeps its layout (and its plan): only the part taking the questions is measured again.
    const kept = new Set(idsOfPart(deck, parts[0]));
    return { parts, draft: { count: pagesKept(starts, k) ?? count, local: new Map([...local].filter(([id]) => kept.has(id))) } };
  };
  const made = new Map<string, ReturnType<typeof measure>>();
  const started: Promise<unknown>[] = [];
  // `index`: the part's place among the front and the body (0 the front).
  const keyOf = (part: GuidePart, index: number) => `${index} ${JSON.stringify(part)}`;
  const measureAt = (part: GuidePart, index: number) => {
    let measuring = made.get(keyOf(part, index));
    if (!measuring) {
      measuring = measure(part);
      // A measure ahead that is never taken must not fail the build unseen; one taken fails it where it is awaited.
      measuring.catch(() => undefined);
      made.set(keyOf(part, index), measuring);
      started.push(measuring);
    }
    return measuring;
  };
  const { measures, handed } = await measureAlongChain({
    body,
    measure: (part, i) => measureAt(part, i + 1),
    made: (part, i) => made.has(keyOf(part, i + 1)),
    handOn: (i, { measured }) => handOn(i, measured),
    first: async () => void (drafts[0] = (await measureAt(front, 0)).measured),
  });
  measures.forEach(({ measured, plan }, i) => {
    drafts[i + 1] = handed[i]?.draft ?? measured;
    plans[i] = plan;
  });
  await Promise.allSettled(started);
  let frontCount = drafts[0].count;
  const bodyCounts = drafts.slice(1).map((d) => d.count);
  const bodyLocal = drafts.slice(1).map((d) => d.local);

  // Final rounds: the front (now with page numbers) and the body parts side by side, each
  // numbered from its start; joined, then checked against the measured lengths and pages (the
  // front's numbers can change how it wraps). What moved means another round.
  const printedBefore: { html: string; pdf: Uint8Array }[] = [];
  for (let round = 2; ; round++) {
    const starts = startsOf(frontCount, bodyCounts);
    const total = frontCount + bodyCounts.reduce((a, b) => a + b, 0);
    const pages: PageMap = new Map();
    bodyLocal.forEach((local, i) => local.forEach((page, id) => pages.set(id, starts[i] + page - 1)));
    if (round === 2) onPages?.(pages);
    const finals = await inParallel([front, ...body], async (part, i) => {
      const leadBlank = i > 0 && starts[i - 1] % 2 === 0;
      const html =
        i === 0
          ? render(pages, { ...front, totalPages: total })
          : render(pages, { ...part, firstPage: starts[i - 1], totalPages: total, leadBlank, plan: plans[i - 1] });
      // A part whose document did not change since the last round (a body part cites no page, so
      // most do not when only a heading moved) keeps its print: another round reprints the rest.
      const pdf = printedBefore[i]?.html === html ? printedBefore[i].pdf : await print(html, true, i > 0 ? plans[i - 1] : undefined);
      printedBefore[i] = { html, pdf };
      return { pdf, dropFirstPage: leadBlank };
    });
    // The renderers kept for the next print are closed first: the join is the build's memory peak.
    await session.rest();
    const last = round >= maxRounds;
    const expected: PartsExpected = { pages: [...pages], counts: [frontCount, ...bodyCounts] };
    // The parts' bytes are moved to the join (each reads as empty here after); handed back when not finished.
    const joined = await span('guide parts join', () => join(finals, expected, finish, last));
    const { pages: found, counts: printed, settled } = joined;
    if (joined.finished)
      return {
        finished: joined.finished,
        pages: found,
        notes: mergeNotes(notes),
        passes: round,
        settled,
        wideTables: plans.flatMap((p) => p?.wideTables ?? []),
      };
    joined.parts?.forEach((part, i) => (printedBefore[i].pdf = part.pdf));
    // What the print showed, as each part's own pages: the next round prints with those.
    const printedStarts = startsOf(printed[0], printed.slice(1));
    body.forEach((part, i) => {
      const local: PageMap = new Map();
      for (const id of idsOfPart(deck, part)) {
        const page = found.get(id);
        if (page !== undefined) local.set(id, page - printedStarts[i] + 1);
      }
      bodyLocal[i] = local;
    });
    frontCount = printed[0];
    printed.slice(1).forEach((count, i) => (bodyCounts[i] = count));
  }
}

/** A part's pages as measured: how many, where each id lands and (when laid out, not drafted) how far down. */
interface Measured {
  count: number;
  local: PageMap;
  tops?: Map<string, number>;
  lastFill?: number;
}

/** What a measuring load hands back instead of a print. */
const NOT_PRINTED = new Uint8Array(0);
