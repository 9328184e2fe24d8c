import { openRuns } from './open-runs.js';
import { sectionLabels } from './section-labels.js';
import { allQuestions, type Deck, type Question } from '../model/deck.js';
import { deckLabels, labelWidth } from '../model/question-label.js';
import { withCsp } from './csp.js';
import { markTallHeadings } from './mark-tall-headings.js';
import { setLongQuestion } from './long-questions.js';
import { listedInContents } from './contents-listed.js';
import { readAsset, type AssetDirs } from './assets.js';
import { splitCodeLines } from './code-lines.js';
import { captionPictures } from './picture-captions.js';
import { markLeadIns } from './lead-ins.js';
import { noteLinks, type LinkNote } from './link-notes.js';
import { markShortBlocks } from './short-blocks.js';
import { fitDiagrams } from './diagram-fit.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { baseView, coverDate, titleRun, type PageMap, forPrint } from './view.js';
import type { Paper } from '../model/paper.js';
import { GUIDE_PAGES, guideTextBlock, type GuidePage } from './guide-page-sizes.js';

/** Options for one rendering of the guide. */
export interface GuideRenderOptions {
  paper: Paper;
  /** Page of each section/question id, from a previous print pass (blank when unknown). */
  pages?: PageMap;
  /** Printed on the cover when the deck was filtered. */
  filterNote?: string;
  /** Render one part of a guide printed in parts (large decks); the whole guide when absent. */
  part?: GuidePart;
  /** The page to typeset on (the booklet's half sheet); the paper's own page when absent. */
  page?: GuidePage;
  /** Where chapters start and how shared pages are headed (print/plan-section-breaks.ts); every chapter starts a page when absent. */
  plan?: { css: string };
  /**
   * Render only this many ruled pages for the reader's notes, headed in the deck's language, with no
   * running head or folio: the booklet fills the half-pages its last sheet would leave blank with them.
   */
  notesPages?: number;
}

/** The space between the ruled lines of a notes page, in millimetres (a wide-ruled exercise book's). */
const NOTES_RULE_MM = 8;
const MM_PER_PX = 25.4 / 96;

/** A run of sections (or of one section's questions) printed as one document. */
export interface GuideSlice {
  section: number;
  /** Questions of that section in this slice, [from, to). */
  from: number;
  to: number;
}

/**
 * The sections a part shows, in slice order: each slice's section with only its questions
 * [from, to), `continued` when the slice does not start the section (no heading, no id).
 */
export function sliceSections<S extends { questions: readonly unknown[]; closing?: unknown }>(
  slices: GuideSlice[],
  sectionAt: (index: number) => S,
): (S & { continued: boolean })[] {
  return slices.map(({ section, from, to }) => {
    const s = sectionAt(section);
    // A section's closing reading list prints once, after its last question.
    const closing = to >= s.questions.length ? s.closing : undefined;
    return { ...s, continued: from > 0, questions: s.questions.slice(from, to) as unknown as S['questions'], closing };
  });
}

/**
 * One document of a guide printed in parts: the front (cover, contents, introduction) or a run
 * of body slices, optionally with the outro. Page numbers continue from `firstPage` and count to
 * `totalPages` when the final numbering is known.
 */
export interface GuidePart {
  front: boolean;
  slices: GuideSlice[];
  outro: boolean;
  firstPage?: number;
  totalPages?: number;
  /** Start with a blank page (dropped after printing) so the first real page is a left page. */
  leadBlank?: boolean;
  /** Where this part's chapters start (its own section-break plan); each starts a page when absent. */
  plan?: { css: string };
}

/** The guide's stylesheets, in cascade order. */
export const GUIDE_STYLES = ['base.css', 'code.css', 'guide.css'];

/**
 * Answers up to about a third of a page are kept on one page; longer ones may split. Decided
 * before layout (JavaScript is off when printing), from the characters, and from an estimate in
 * lines of what stands taller than its characters (a table's rows, a listing's lines, a list's
 * items, a picture): a question of few characters holding a 12-row table, kept whole, moved to
 * the next page and left 35–45 % of a page empty.
 */
const SHORT_ANSWER_CHARS = 900;
const SHORT_ANSWER_LINES = 14;
const LINE_CHARS = 90;
/** Lines a picture or diagram stands for. */
const FIGURE_LINES = 12;
/** Lines of the answer's text a link's note stands for: 8.5 pt type, some addresses on two lines. */
const NOTE_LINES = 0.8;

const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;

/** About how many lines of the page a question's card and full answer take. */
function answerLines(q: Question, measure: number): number {
  const html = q.answerHtml;
  const code = [...html.matchAll(/<pre\b[\s\S]*?<\/pre>/g)].reduce((n, m) => n + m[0].split('\n').length, 0);
  return (
    (q.answerText.length + q.cardText.length) / (LINE_CHARS * measure) +
    count(html, /<tr\b/g) +
    code +
    0.5 * count(html, /<li\b/g) +
    FIGURE_LINES * count(html, /<(?:img|svg)\b/g)
  );
}

/**
 * A question short enough to keep whole on one page of `page`. The limits are an A4 page's; a
 * booklet's half sheet holds about two thirds of its lines, of nearly its length, so a question
 * kept whole there is shorter (kept whole at A4's limits, it left 45 % of an A5 page empty).
 * `linkNotes`: the addresses printed under it (render/link-notes.ts), which take lines too.
 */
export function isShortQuestion(q: Question, page: GuidePage = 'a4', linkNotes = 0): boolean {
  if (q.answerFromCard) return true;
  const a4 = guideTextBlock('a4');
  const block = guideTextBlock(page);
  const lines = Math.min(1, block.height / a4.height);
  const measure = Math.min(1, block.width / a4.width);
  return (
    q.answerText.length + q.cardText.length <= SHORT_ANSWER_CHARS * lines * measure &&
    answerLines(q, measure) + NOTE_LINES * linkNotes <= SHORT_ANSWER_LINES * lines
  );
}

/** A question heading's size (styles/guide.css, .question h3), in pt. */
const HEADING_PT = 12;
/** The ems a heading's number ("Q12 ") takes of its first line. */
const QNUM_EMS = 2.5;
const PT_PER_PX = 0.75;

/** Answers whose shaped blocks a guide renderer keeps (a few decks' worth; then it starts over). */
const SHAPED_KEPT = 5000;

/** Deck → self-contained guide HTML (CSS inlined); `remember`: watch mode's renderer, which keeps what it can reuse on the next save. */
export function createGuideRenderer(dirs: AssetDirs, remember = false): (deck: Deck, opts: GuideRenderOptions) => string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'guide.hbs');
  const css = GUIDE_STYLES.map((n) => readAsset(dirs.styles, n)).join('\n');
  // Screen-only extras of guide.html (partials/screen-head.hbs); inert in print, where JavaScript is off.
  const screen = { css: readAsset(dirs.styles, 'screen.css'), js: readAsset(dirs.templates, 'guide-screen.js') };
  // `remember` (watch mode): what each answer's blocks became, by page and HTML, is kept. A save
  // renders the guide again with one question changed, and the others' answers need not be read
  // again; a build renders each once, and keeps nothing.
  const shaped = new Map<string, string>();
  return (written, opts) => {
    const deck = forPrint(written);
    const pages = opts.pages ?? new Map<string, number>();
    const sheet = GUIDE_PAGES[opts.page ?? opts.paper];
    const block = guideTextBlock(opts.page ?? opts.paper);
    const measure = Math.min(1, block.width / guideTextBlock('a4').width);
    // The ems of a question heading's line (styles/guide.css sets it at 12 pt).
    const headingEms = (block.width * PT_PER_PX) / HEADING_PT;
    const blocks = (html: string) => {
      const key = `${block.width} ${block.height}\0${html}`;
      let done = shaped.get(key);
      if (done === undefined) {
        done = fitDiagrams(markShortBlocks(markLeadIns(captionPictures(splitCodeLines(html))), measure), block);
        if (shaped.size >= SHAPED_KEPT) shaped.clear();
        if (remember) shaped.set(key, done);
      }
      return done;
    };
    // The guide's introduction, a section's, its closing reading list and the outro print their links' addresses as an answer does.
    // The closing matter's listings are set line by line as an answer's are (code-lines.ts), so they may split between lines (guide.css).
    const noted = (html: string, digits: string): { html: string; linkNotes: LinkNote[] } => {
      const linked = noteLinks([html], digits);
      return { html: linked.fragments[0], linkNotes: linked.notes };
    };
    const deckDigits = deckLabels(deck).digits;
    // Only the sections this document shows are turned into views: a part of a 5,000-question
    // guide needs its 150 questions, not all of them (the contents, in the front, needs all).
    const viewOf = (index: number) => {
      const s = deck.sections[index];
      // A part in another language than the guide's labels its questions in its own ("باختصار", not "In short").
      const labels = sectionLabels(s, deck);
      const digits = labels?.digits ?? deckDigits;
      const runs = openRuns(s.questions);
      const questions = s.questions.map((q, k) => {
        // Paper cannot follow a link: its address prints as a numbered note under the answer.
        // Only what the guide prints is numbered: no card made from the answer's start, no answer that is the card.
        const card = q.open || q.cardGenerated ? '' : q.cardHtml;
        const answer = q.open || q.answerFromCard ? '' : q.answerHtml;
        const linked = noteLinks([q.html, q.promptHtml ?? '', card, answer], digits);
        const [headHtml, promptHtml, cardHtml, answerHtml] = linked.fragments;
        return {
          labels,
          ...q,
          headHtml: setLongQuestion(headHtml, headingEms, QNUM_EMS),
          promptHtml: promptHtml || q.promptHtml,
          linkNotes: linked.notes,
          answerHtml: blocks(answerHtml || q.answerHtml),
          cardHtml: splitCodeLines(cardHtml || q.cardHtml),
          short: isShortQuestion(q, opts.page ?? opts.paper, linked.notes.length),
          openRun: runs[k].inRun,
          openRunFrom: runs[k].from,
          page: pages.get(q.id) ?? '',
        };
      });
      const intro = noted(s.introHtml, digits);
      const closing = s.closing && noted(splitCodeLines(s.closing.html, { closing: true }), digits);
      return {
        ...s,
        introHtml: blocks(intro.html),
        introNotes: intro.linkNotes,
        closing: s.closing && closing ? { title: s.closing.title, html: blocks(closing.html), linkNotes: closing.linkNotes } : undefined,
        index,
        pageName: `sec${index}`,
        page: pages.get(s.id) ?? '',
        questions,
        // In a combined guide a section is headed by its own title; its part's is over it.
        // A deck's only section, named by no heading, prints no title (nor running head, nor contents line).
        heading: s.untitled ? '' : (s.part?.sectionTitle ?? s.title),
        opensPart: s.part?.id === s.id,
        listed: listedInContents(s),
        // A part's title is set small enough for its longest word to fit a line, as the cover's is.
        titleRun: s.part?.id === s.id ? titleRun(s.untitled ? '' : (s.part?.sectionTitle ?? s.title)) : undefined,
        // A part in another language than the guide's (an Arabic deck among English ones) is set in its own, and its direction.
        // So is a section in another language than its deck's (a French section of an English bank).
        lang: s.lang ?? s.part?.lang,
      };
    };
    const part = opts.part;
    const notesOnly = (opts.notesPages ?? 0) > 0;
    const front = !notesOnly && (!part || part.front);
    const sections = front ? deck.sections.map((_s, index) => viewOf(index)) : [];
    const body: (ReturnType<typeof viewOf> & { continued?: boolean })[] = notesOnly
      ? []
      : part
        ? sliceSections(part.slices, (i) => sections[i] ?? viewOf(i))
        : sections;
    return withCsp(
      markTallHeadings(
        template({
          ...baseView(deck, css, sheet.css),
          date: coverDate(deck),
          screen,
          filterNote: opts.filterNote ?? deck.filterNote,
          outroPage: pages.get('outro') ?? '',
          sections,
          parts: front ? contentsParts(sections) : undefined,
          body,
          front,
          intro: front && deck.introHtml ? noted(deck.introHtml, deckDigits) : undefined,
          outro:
            !notesOnly && (!part || part.outro) && deck.outro
              ? { title: deck.outro.title, ...noted(splitCodeLines(deck.outro.html, { closing: true }), deckDigits) }
              : undefined,
          // The contents of a front printed alone link to headings in other parts: hidden targets make
          // Chromium keep those links (and name their destinations) until the parts are joined.
          linkTargets: part?.front ? [...deck.sections.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]), ...(deck.outro ? ['outro'] : [])] : [],
          // …and a body part links to its own headings, or Chromium would name no destination in it.
          selfLinks:
            part && !part.front
              ? [...body.flatMap((s) => [...(s.continued ? [] : [s.id]), ...s.questions.map((q) => q.id)]), ...(part.outro && deck.outro ? ['outro'] : [])]
              : [],
          pageCounter: part?.firstPage ? part.firstPage - (part.leadBlank ? 1 : 0) : undefined,
          totalPages: part?.totalPages,
          margins: sheet.margins,
          tocNumWidth: labelWidth(deckLabels(deck), allQuestions(deck).length),
          // The text block's width, for type sized to fit it (a part's title).
          textWidth: (sheet.width / (72 / 25.4) - sheet.margins.inner - sheet.margins.outer).toFixed(2),
          // The cover fills its page's text block, less room for rounding, and never runs onto a second page.
          coverHeight: sheet.height / (72 / 25.4) - sheet.margins.top - sheet.margins.bottom - 25,
          plan: opts.plan ?? part?.plan,
          leadBlank: part?.leadBlank,
          notes: notesOnly ? notesView(opts.notesPages!, block.height) : undefined,
        }),
      ),
      [screen.js],
    );
  };
}

/**
 * The ruled pages of a notes-only render: `count` pages, each as tall as the text block (less a
 * little, so none runs onto a page of its own), ruled every NOTES_RULE_MM under the heading.
 */
function notesView(count: number, blockHeight: number): { pages: number[]; height: string; rules: number[]; rule: string } {
  const height = blockHeight * MM_PER_PX - 2;
  // The heading takes about two rules' room; the lines fill the rest.
  const rules = Math.max(1, Math.floor(height / NOTES_RULE_MM) - 2);
  return { pages: [...Array(count).keys()], height: `${height.toFixed(2)}mm`, rules: [...Array(rules).keys()], rule: `${NOTES_RULE_MM}mm` };
}

/**
 * The contents of a combined guide as parts, each with its sections after its opening one; none
 * for a guide without parts, whose contents list its sections.
 */
export function contentsParts<S extends { id: string; part?: { id: string } }>(sections: S[]): (S & { sections: S[] })[] | undefined {
  if (!sections.some((s) => s.part)) return undefined;
  const parts: (S & { sections: S[] })[] = [];
  for (const s of sections) {
    if (s.part?.id === s.id || !parts.length) parts.push({ ...s, sections: [] });
    else parts[parts.length - 1].sections.push(s);
  }
  return parts;
}
