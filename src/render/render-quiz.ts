import { type Deck, type Question } from '../model/deck.js';
import { withCsp } from './csp.js';
import { markTallHeadings } from './mark-tall-headings.js';
import { readAsset, type AssetDirs } from './assets.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { baseView, coverDate, forPrint } from './view.js';
import { PAPERS, type Paper } from '../model/paper.js';
import { withCodeLines } from './code-lines.js';
import { sectionLabels } from './section-labels.js';
import { setLongQuestion } from './long-questions.js';

/** A card answer this short (a word, a name, a command) is written on one line. */
const ONE_LINE_ANSWER = 40;
/**
 * A full answer longer than this (about three lines of prose) asks for more than its short card:
 * the card is a cue to a story ("The on-call gap."), and one writing line left no room to tell it.
 */
const ONE_LINE_FULL_ANSWER = 200;

/** Kana, ideographs, Hangul and full-width forms: each written about as wide as two Latin letters. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * How long a text is to write out, in Latin letters: a Japanese card of 40 characters is a sentence
 * two handwritten lines long, and counted by its characters it was given the one line of a one-word answer.
 */
const writtenLength = (text: string): number => [...text].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/** A lettered option in a question's prompt (its plain text runs the options together): `a) …`, `(b) …`, `C. …`. */
const OPTION = /(?:^|\s)(?:\(\s*([a-h])\s*\)|([a-h])\s*[.)．）:：])\s*\S/giu;
/** A card answer that names its option by the letter first: `a) print(x)`, `(C) …`, `B.` */
const PICKED_OPTION = /^\s*(?:\(\s*([a-h])\s*\)|([a-h])\s*[.)．）:：])(?:\s|$)/iu;

/**
 * Whether a question is multiple choice, answered by an option's letter: its prompt lists options
 * a and b at least, and its card answer opens with one of the letters it lists. The letter is what a reader
 * writes, however long the option's text (a Portuguese bank's "a) Valores booleanos que
 * representam verdadeiro ou falso" was given four writing lines, and the question after it a page of its own).
 */
function choiceAnswer(q: Question): boolean {
  const picked = PICKED_OPTION.exec(q.cardText);
  if (!picked || !q.promptText) return false;
  const letters = new Set([...q.promptText.matchAll(OPTION)].map((m) => (m[1] ?? m[2]).toLowerCase()));
  return letters.has('a') && letters.has('b') && letters.has((picked[1] ?? picked[2]).toLowerCase());
}

/** Whether the expected answer fits one writing line: such a question takes no lines added to fill its page. */
export const oneLineAnswer = (q: Question): boolean =>
  !q.open &&
  q.cardText.trim().length > 0 &&
  (choiceAnswer(q) || (writtenLength(q.cardText) <= ONE_LINE_ANSWER && writtenLength(q.answerText) <= ONE_LINE_FULL_ANSWER));

/** Writing lines under a question: one for a one-word answer, more for longer ones, within sensible bounds. */
export function answerLines(q: Question): number {
  if (oneLineAnswer(q)) return 1;
  return Math.min(10, Math.max(4, Math.ceil(writtenLength(q.cardText) / 55) + 2));
}

/** Where a key's answer runs this long (in characters), it may break across columns and pages rather than leave a hole. */
const LONG_KEY_ANSWER = 700;

/**
 * What the key prints for a question: the deck's card answer whole, or where the deck gave none,
 * the full answer whole. The card made from a full answer is cut to fit a card (280 characters,
 * derive-card.ts): printed in the key, a reader checking a written answer lost the rest of it.
 */
function keyAnswer(q: Question, paper: Paper): Question & { keyHtml: string; keyLong: boolean; keyFull: boolean; listingsHtml?: string } {
  const full = q.cardGenerated && !q.answerFromCard && !!q.answerHtml;
  const lined = withCodeLines({ ...q, cardHtml: full ? q.answerHtml : q.cardHtml }, { widest: true });
  const length = full ? q.answerText.length : q.cardText.length;
  const { html, listings } = listingsMovedOut(oneListingSize(lined.cardHtml), keyColumnsAtFloor(paper), listingPointer(q.number));
  return {
    ...lined,
    keyHtml: html,
    keyLong: length > LONG_KEY_ANSWER || /<(?:pre|table)\b/.test(html),
    keyFull: full,
    ...(listings ? { listingsHtml: listings } : {}),
  };
}

/** The smallest size (pt) a listing of the key is set at to fit its column (styles/quiz.css). */
const KEY_LISTING_FLOOR_PT = 6;
/** Mono columns per em of a listing, as styles/quiz.css fits one (about 0.61 em a column). */
const COLUMN_EM = 0.61;
/** What a key entry's column gives up beside its listing, in CSS px: the entry's number and gap, the listing's padding and rule (9.5 pt text, styles/quiz.css). */
const KEY_ENTRY_INSET_PX = 42;
/** The key's gap between its two columns, in CSS px (8 mm, styles/quiz.css). */
const KEY_COLUMN_GAP_PX = (8 * 96) / 25.4;
/** The quiz page's side margins, in CSS px (18 mm each, styles/quiz.css). */
const QUIZ_SIDE_MARGINS_PX = (2 * 18 * 96) / 25.4;

/**
 * The columns of code a key column holds at KEY_LISTING_FLOOR_PT on this paper: about 55 on A4,
 * 57 on Letter. A listing wider than that would wrap in the key, however small it is set.
 */
export function keyColumnsAtFloor(paper: Paper): number {
  const column = ((PAPERS[paper].width * 96) / 72 - QUIZ_SIDE_MARGINS_PX - KEY_COLUMN_GAP_PX) / 2 - KEY_ENTRY_INSET_PX;
  return Math.floor(column / (COLUMN_EM * ((KEY_LISTING_FLOOR_PT * 96) / 72)));
}

/** A listing of the key, not a drawing (a drawing keeps its own scaling, at any size that fits: base.css pre.code-art). */
const LISTING = /<pre style="--cols: (\d+)"[\s\S]*?<\/pre>/g;
/** Where the listings moved out of answer `number` stood: a link to them, to which print/move-key-listings.ts adds the page they went to. */
const listingPointer = (number: number): string =>
  `<p class="quiz-listing-pointer"><a class="quiz-listing-link" href="#key-listing-${number}">\u2935 <span class="quiz-listing-page"></span></a></p>`;

/**
 * An answer's listings too wide for a key column at the floor size, marked to move out: in the key
 * each stays in a `.quiz-listing-here` wrapper, a pointer before the first, and the listings come
 * again, in their order, for the key's end, set across the page (templates/quiz.hbs). The print
 * shows one or the other (print/move-key-listings.ts): in the column, their lines of 60 to 90
 * columns wrap, even at 6 pt (a Go bank's key wrapped 14 of its 488 listing lines, a Chinese CI/CD
 * bank's 40 of 778); moved across the page, none wraps, but each line takes a row of the page
 * where the columns gave it half of one.
 */
export function listingsMovedOut(html: string, columns: number, pointer: string): { html: string; listings?: string } {
  const wide = [...html.matchAll(LISTING)].filter((m) => Number(m[1]) > columns);
  if (!wide.length) return { html };
  let first = true;
  const kept = html.replace(LISTING, (block, cols: string) => {
    if (Number(cols) <= columns) return block;
    const out = `${first ? pointer : ''}<div class="quiz-listing-here">${block}</div>`;
    first = false;
    return out;
  });
  return { html: kept, listings: wide.map((m) => m[0]).join('') };
}

/** A listing's opening told its widest line (code-lines.ts, `widest`). */
const WIDEST = /<pre style="--cols: (\d+)"/g;

/**
 * An answer's listings told the widest line of them all, so the key sets them at one size
 * (styles/quiz.css fits a listing to its widest line): fitted each alone, one answer's
 * listings printed at 8.5 pt and 7 pt one under the other.
 */
export function oneListingSize(html: string): string {
  const widest = Math.max(0, ...[...html.matchAll(WIDEST)].map((m) => Number(m[1])));
  return widest ? html.replace(WIDEST, `<pre style="--cols: ${widest}"`) : html;
}

/** This many open questions in a row, or more, share one line of the key. */
const OPEN_RUN = 3;

/**
 * The key's entries, open questions in a row (OPEN_RUN or more, of one part and language, `run`)
 * joined into the first of them, which then says "no answer yet" once for `number` to `last`: a
 * bank of 53 questions, 43 of them open, keyed each of them over a page and a half of "Aún sin
 * respuesta."; one of 101 with one answer, over three pages. The questions are on the quiz's pages.
 */
export function withOpenRuns<E extends { number: number; open?: boolean; run: string }>(entries: readonly E[]): (E & { last?: number })[] {
  const out: (E & { last?: number })[] = [];
  for (let i = 0; i < entries.length;) {
    let j = i;
    while (j < entries.length && entries[j].open && entries[j].run === entries[i].run) j++;
    if (j - i >= OPEN_RUN) out.push({ ...entries[i], last: entries[j - 1].number });
    else out.push(...entries.slice(i, Math.max(j, i + 1)));
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A quiz question's heading size (styles/quiz.css, .quiz-question h3) and its page's side margins (@page), in pt. */
const QUESTION_PT = 11;
const SIDE_MARGINS_PT = (2 * 18 * 72) / 25.4;
/** The ems of a question's heading its number ("12.") and level badge take. */
const NUM_BADGE_EMS = 6;

/** The ems of a quiz question heading's line on `paper`: the page's width less its margins, at the heading's size. */
const quizLineEms = (paper: Paper): number => (PAPERS[paper].width - SIDE_MARGINS_PT) / QUESTION_PT;

/** Deck → self-contained quiz HTML: numbered questions with ruled space, then the answer key. */
export function createQuizRenderer(dirs: AssetDirs): (deck: Deck, opts: { paper: Paper }) => string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'quiz.hbs');
  const css = ['base.css', 'quiz.css'].map((n) => readAsset(dirs.styles, n)).join('\n');
  return (written, opts) => {
    const deck = forPrint(written);
    // A long question is set as in the guide, its scenario in the regular weight (render/long-questions.ts); the key keeps it whole.
    const lineEms = quizLineEms(opts.paper);
    const withLines = (q: Question) => ({
      ...q,
      html: setLongQuestion(q.html, lineEms, NUM_BADGE_EMS),
      oneLine: oneLineAnswer(q),
      lines: Array.from({ length: answerLines(q) }, () => null),
    });
    // Section titles when there is more than one. A combined deck's name their part once, on a
    // line of its own above its first section, as the cheat sheet does: "Deck · Section" as one
    // heading broke after the middle dot when the deck's title was long.
    const asked = deck.sections.filter((s) => s.questions.length);
    const showTitle = asked.length > 1;
    const opensPart = (i: number) => !!asked[i].part && asked[i - 1]?.part?.id !== asked[i].part?.id;
    const sections = asked.map((s, i) => ({
      title: s.part ? s.part.sectionTitle : s.title,
      partTitle: opensPart(i) ? s.part?.title : undefined,
      // A combined quiz's part heads its own pages ("All decks" on every page of 89 named none of
      // its six decks), and so opens a page: a named page is the only running head Chromium prints.
      part: s.part && { number: s.part.number, title: s.part.title, opens: opensPart(i) },
      showTitle,
      lang: s.lang ?? s.part?.lang,
      // A combined deck's part badges its questions in its own language, as its own quiz does.
      questions: s.questions.map((q) => ({ labels: sectionLabels(s, deck), ...withLines(q) })),
    }));
    // The key too: an open question of a deck in another language says so in its words.
    // A combined key names each part where its answers begin: 28 pages of answers from six decks named none.
    const entries = withOpenRuns(
      asked.flatMap((s, i) =>
        s.questions.map((q, k) => ({
          ...keyAnswer(q, opts.paper),
          labels: sectionLabels(s, deck),
          lang: s.lang ?? q.lang ?? s.part?.lang,
          keyPart: k === 0 && opensPart(i) ? s.part : undefined,
          run: `${s.part?.id ?? ''}|${s.lang ?? q.lang ?? s.part?.lang ?? ''}`,
        })),
      ),
    );
    return withCsp(
      markTallHeadings(
        template({
          ...baseView(deck, css, PAPERS[opts.paper].css),
          date: coverDate(deck),
          filterNote: deck.filterNote,
          sections,
          // No key when no question has an answer: its page would say "No answer yet." to each (said by outputs/no-answers.ts).
          keyed: asked.some((s) => s.questions.some((q) => !q.open)),
          questions: entries,
          // The listings too wide for the key's columns, at its end across the page (listingsMovedOut).
          longListings: entries.filter((q) => q.listingsHtml),
        }),
      ),
    );
  };
}
