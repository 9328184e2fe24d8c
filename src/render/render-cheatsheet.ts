import { allQuestions, type Deck, type Question, type Section } from '../model/deck.js';
import { cardForSize } from '../model/card-room.js';
import { withCsp } from './csp.js';
import { readAsset, type AssetDirs } from './assets.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { baseView, type PageMap, forPrint } from './view.js';
import { countAllLabel, fillLabel, type Labels } from '../model/labels.js';
import { setLongQuestion } from './long-questions.js';
import { inDigits } from '../model/question-label.js';
import { PAPERS, type Paper } from '../model/paper.js';
import { sliceSections, type GuideSlice } from './render-guide.js';
import { withCodeLines } from './code-lines.js';
import { sectionLabels } from './section-labels.js';

/** Paper, fitted size and guide pages for one rendering of the cheat sheet. */
export interface CheatsheetRenderOptions {
  paper: Paper;
  /** Body font size in points (chosen by print/fit-cheatsheet.ts); the CSS default when absent. */
  fontSize?: number;
  /** A small deck's sheet in one column (print/fit-cheatsheet.ts). */
  oneColumn?: boolean;
  /** Set tighter to save a page (print/fit-cheatsheet.ts). */
  tight?: boolean;
  /** Guide page of each question, printed after its answer. */
  guidePages?: PageMap;
  /**
   * One part of a large deck's sheet printed on its own (the whole sheet when absent), without
   * page numbers: they are printed once for the joined sheet (numbersOnly) and laid over it.
   */
  part?: SheetPart;
  /** The sheet takes one page: it prints no page number ("page 1 of 1" says nothing). */
  onePage?: boolean;
  /** Instead of the sheet, this many blank pages with only their numbers ("3 / 12") in the sheet's footer. */
  numbersOnly?: number;
}

/** Slices of sections printed as one document; the first part carries the sheet's heading. */
export interface SheetPart {
  slices: GuideSlice[];
  first: boolean;
}

/**
 * The ems of an entry heading's line: a column is 19em at least (styles/cheatsheet.css), about
 * 21em at the size a full sheet is fitted to; the first line gives about 7em to the number and badge.
 */
const ENTRY_LINE_EMS = 21;
const ENTRY_FIRST_TAKEN = 7;

/** Deck → cheat sheet HTML: every question and card answer in columns, grouped by section. */
export function createCheatsheetRenderer(dirs: AssetDirs): (deck: Deck, opts: CheatsheetRenderOptions) => string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'cheatsheet.hbs');
  const css = ['base.css', 'cheatsheet.css'].map((n) => readAsset(dirs.styles, n)).join('\n');
  return (written, opts) => {
    const deck = forPrint(written);
    const sizeCss = opts.fontSize ? `\n:root { --sheet-font: ${opts.fontSize}pt; }` : '';
    const { part } = opts;
    // The numbers' pages carry no entries: nothing of the deck is rendered for them.
    const sections = opts.numbersOnly
      ? []
      : part
        ? sliceSections(part.slices, (i) => deck.sections[i])
        : deck.sections.map((s) => ({ ...s, continued: false }));
    const view = baseView(deck, css + sizeCss, PAPERS[opts.paper].css);
    return withCsp(
      template({
        ...view,
        counts: countsLine(view.labels, allQuestions(deck).length, view.levelCounts),
        heading: !part || part.first,
        oneColumn: opts.oneColumn,
        tight: opts.tight,
        unnumbered: part !== undefined || opts.onePage,
        numbersOnly: opts.numbersOnly ? Array.from({ length: opts.numbersOnly }, () => 0) : undefined,
        sections: withPartHeads(sections.filter((s) => s.questions.length > 0)).map((s) => {
          // A combined deck's part prints its badges and "p." in its own language (labelHere, levelHere).
          const labels = sectionLabels(s, deck);
          // An open question is on the sheet too, ruled for its answer as its card is (a run of them
          // shares its rules, writingRules); it cites no page of an answer.
          const rules = writingRules(s.questions);
          return {
            ...s,
            questions: s.questions.map((q, k) => ({
              labels,
              rules: Array.from({ length: rules[k] }, () => 0),
              ...withCodeLines(q),
              html: setLongQuestion(q.html, ENTRY_LINE_EMS, ENTRY_FIRST_TAKEN),
              // A one-column sheet is a short one, its page not full: the answer a 3×5 card holds, less often cut with "…".
              roomyHtml: roomyCard(q),
              lang: s.lang ?? q.lang,
              page: q.open ? '' : (opts.guidePages?.get(q.id) ?? ''),
            })),
          };
        }),
      }),
    );
  };
}

/** This many open questions in a row, or more, share their writing rules. */
const OPEN_RUN = 3;
/** An open question's rules on its own, as on its card; a run's, shared under its last question. */
const OWN_RULES = 2;
const SHARED_RULES = 3;

/**
 * Writing rules under each question of a section: none under an answered one, two under an open
 * one, and under a run of OPEN_RUN open questions or more, SHARED_RULES under the run's last and
 * none under the others. Two rules each, a Python list of 100 open questions and a Spanish bank's
 * 43 ruled two and a half pages of a combined sheet of seven.
 */
export function writingRules(questions: readonly { open?: boolean }[]): number[] {
  const rules: number[] = questions.map((q) => (q.open ? OWN_RULES : 0));
  for (let i = 0; i < questions.length;) {
    let j = i;
    while (j < questions.length && questions[j].open) j++;
    if (j - i >= OPEN_RUN) for (let k = i; k < j; k++) rules[k] = k === j - 1 ? SHARED_RULES : 0;
    i = Math.max(j, i + 1);
  }
  return rules;
}

/** "12 questions · 4 easy · 6 medium · 2 hard", each count in its language's own pattern. */
function countsLine(labels: Labels, total: number, levels: { level: keyof Labels['levels']; count: number }[]): string {
  const parts = levels.map(({ level, count }) => fillLabel(labels.countLevel, { count: inDigits(count, labels.digits), level: labels.levels[level] }));
  return [countAllLabel(labels, total, inDigits(total, labels.digits)), ...parts].join(' · ');
}

/**
 * A combined deck's sections under their own titles, each part's title once above its first
 * section (not the flat "Deck · Section" title, two lines long in a column).
 */
function withPartHeads<T extends Section & { continued: boolean }>(sections: T[]): (T & { heading: string; partTitle?: string })[] {
  return sections.map((s, i) => {
    // A deck's only section, named by no heading, prints no title.
    if (!s.part) return { ...s, heading: s.untitled ? '' : s.title };
    const opensPart = !s.continued && sections[i - 1]?.part?.id !== s.part.id;
    return { ...s, heading: s.untitled ? '' : s.part.sectionTitle, partTitle: opensPart ? s.part.title : undefined };
  });
}

/** The made card a 3×5 card prints, when longer than the sheet's (model/card-room.ts), its code in lines; else undefined. */
function roomyCard(q: Question): string | undefined {
  const roomy = cardForSize(q, 'index-3x5');
  return roomy.cardHtml === q.cardHtml ? undefined : withCodeLines(roomy).cardHtml;
}
