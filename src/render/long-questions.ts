import { BID_START } from '../content/layouts/bid-start.js';
import { scriptOf } from '../content/layouts/script-of.js';

/** Lines of a question heading set all in bold before its scenario is set apart from its ask. */
const BOLD_LINES = 2;
/**
 * Lines of a heading of one sentence set all in bold before its lead clauses are set apart from its
 * last: a clause is a weaker break than a sentence, so only a heading this long pays for it.
 */
const CLAUSE_BOLD_LINES = 3;
/**
 * The least width, in ems, of the closing clause set in bold: a tag shorter than this ("and why?",
 * "为什么？") is a part of the question, not the question, which then starts a clause earlier.
 */
const MIN_ASK_EMS = 6;
/**
 * The least width, in ems, of the lead clauses set regular: about twenty words, a scenario told.
 * A shorter lead is a question of two parts ("How do you create clusters (…), and what are the
 * nodes?") or a topic with its list ("Patterns: worker pool, fan-out, pipeline, cancellation."),
 * the whole of it asked, which stays bold.
 */
const MIN_LEAD_EMS = 60;
/** The widest clause, in ems, that may follow a closing task and still belong to it (`and pick one`, `and say how you would know`). */
const MAX_TOLD_EMS = 30;

/** Average advance of a character of a heading face, in ems: wide (CJK) characters take a whole em. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const NARROW_EM = 0.55;
const SPACE_EM = 0.28;

/** The end of a sentence in any script: ". ", "? ", "! " (a closing quote or bracket allowed), or 。？！ ؟ ۔ । with or without a space. */
const SENTENCE_END = /[.!?…](?:["'”’»)\]]*)\s+|[。？！](?:[”’」』）)]*)\s*|[؟۔।](?:["'”’»)\]]*)\s+/gu;
const ASKS = /^[?？؟]/u;
/** A sentence's end in a script spaced by words, right before a line break (`<br>`), with the break and the space after it. */
const BREAK_END = /[.!?…؟۔।]["'”’»)\]]*<br\s*\/?>\s*/giu;
/** A heading that ends asking: a question mark in any script, a closing quote or bracket allowed. */
const ENDS_ASKING = /[?？؟]["'”’»)\]]*\s*$/u;
/** The end of a clause in any script: ", " "; " ": " (a closing quote or bracket allowed), ، ؛ with a space, or ， 、 ； ： with or without one. */
const CLAUSE_END = /[,;:،؛](?:["'”’»)\]]*)\s+|[，、；：](?:[”’」』）)]*)\s*/gu;

/**
 * A closing clause that sets a task where another would ask (`…, walk me through how you would
 * debug it.`, `…, explain the trade-offs.`): it opens on an imperative of asking, the ones banks set
 * tasks with (content/layouts/bid-start.ts) or one more that asks for a plan or an account (design,
 * tell me, how would you …, and the same in the languages read for prompts), after an "and" or a
 * "so" at most.
 */
const LEAD_WORD = /^(?:and|so|then|now|please|und|et|y|e|и|і|i|và)\s+/iu;
const INSTRUCTS =
  /^(?:(?:design|tell (?:me|us)|show (?:me|us|how)|sketch|justify|propose|estimate|list|name|give|walk (?:me |us )?through|(?:how|what) (?:would|will|should|could|do|can) you|erläutere|erläutern sie|vergleiche|vergleichen sie|nenne|nennen sie|begründe|begründen sie|skizziere|skizzieren sie|entwirf|entwerfen sie|wie würden sie|wie würdest du|décris|décrivez|comparez|citez|justifiez|proposez|concevez|comment feriez-vous|compara|diseña|diseñe|menciona|mencione|cómo harías|cómo haría|projete|como você faria|descrivi|descrivete|spiega|spiegate|confronta|illustra|elenca|progetta|come faresti|спроектируй(?:те)?|предложи(?:те)?|перечисли(?:те)?|как бы вы|поясніть|опишіть|розкажіть|порівняйте|наведіть|назвіть|як би ви|giải thích|trình bày|phân biệt|so sánh|mô tả|nêu|hãy|opowiedz|opisz|wyjaśnij|wytłumacz|porównaj|omów|zaprojektuj|podaj|wymień|jak byś)(?![\p{L}\p{N}])|请?(?:设计|設計|分析|列出|列举|列舉))/iu;
/** A sentence that ends bidding where a Korean or Japanese bank bids (`…을 설명해 주세요.`, `…を説明してください。`): the verb closes it. */
const ENDS_BIDDING = /(?:주세요|보세요|하세요|하시오|십시오|ください|下さい)[.。!！]?["'”’»)\]」』）]*\s*$/u;
/** Whether a clause (its plain text) opens on an imperative that sets a task. */
const instructs = (clause: string): boolean => {
  const text = clause.trim().replace(LEAD_WORD, '');
  return BID_START.test(text) || INSTRUCTS.test(text);
};

/** Elements that hold no text: they do not open a level a sentence end could be inside. */
const VOID = /^(?:br|img|wbr|hr)$/i;

/** The width a heading's text takes, in ems of its size (an estimate: the faces' average advance). */
function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : /\s/u.test(ch) ? SPACE_EM : NARROW_EM;
  return ems;
}

/** The offsets in `html` just after each match of `re` in its text outside every inline element (never inside a code span or a link), with the match. */
function topLevelEnds(html: string, re: RegExp): { at: number; match: string }[] {
  const ends: { at: number; match: string }[] = [];
  let depth = 0;
  let i = 0;
  for (const tag of [...html.matchAll(/<(\/?)([a-z][\w-]*)[^>]*>/gi), null]) {
    const to = tag ? tag.index : html.length;
    if (depth === 0) {
      const text = html.slice(i, to);
      for (const m of text.matchAll(re)) {
        const at = i + m.index + m[0].length;
        if (at < html.length) ends.push({ at, match: m[0] });
      }
    }
    if (!tag) break;
    i = to + tag[0].length;
    if (!VOID.test(tag[2]) && !tag[0].endsWith('/>')) depth = Math.max(0, depth + (tag[1] ? -1 : 1));
  }
  return ends;
}

/**
 * The offsets in `html` where a sentence ends outside every inline element, each with whether the
 * sentence before it asks (ends in ?, ？ or ؟). A point followed by a lowercase letter ("e.g. a
 * pool") ends no sentence.
 */
function sentenceEnds(html: string): { at: number; asks: boolean }[] {
  // A sentence ended by a line break (`…deployed.<br>What do you do?`) ends after the break.
  const atBreaks = [...html.matchAll(BREAK_END)].map((m) => ({ at: m.index + m[0].length, match: m[0] })).filter((e) => e.at < html.length);
  return [...topLevelEnds(html, SENTENCE_END), ...atBreaks]
    .sort((a, b) => a.at - b.at)
    .filter((e) => !/\p{Ll}/u.test(html.slice(e.at, e.at + 1)))
    .map((e) => ({ at: e.at, asks: ASKS.test(e.match) }));
}

/** A heading's plain text, each entity counted as one character. */
const plainText = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, 'x');

/**
 * Whether a heading is a question over its translation, a line each in two scripts (`How do you
 * deliver negative feedback …?<br>あなたの開発チームの…どう伝えますか？`, as bilingual banks write
 * them): each line is the whole question, none a scenario told before it. Split, the English line
 * and half the Japanese were set regular and only the Japanese line's last clause bold.
 */
function translated(html: string): boolean {
  const lines = html
    .split(/<br\s*\/?>/i)
    .map(plainText)
    .filter((line) => scriptOf(line) >= 0);
  return new Set(lines.map(scriptOf)).size > 1;
}

/**
 * Where a question heading is split into its scenario and its ask, and the lines of bold it must
 * run to before it is: the ask is the closing run of sentences ending in a question mark, else its
 * last sentence (more than BOLD_LINES), the last of several that all ask only after a lead of
 * MIN_LEAD_EMS; a heading of one sentence that ends asking (or bidding, as
 * Korean and Japanese do), its last clause of MIN_ASK_EMS at least, else its first break's; one that
 * ends otherwise, its last clause of MIN_ASK_EMS at least that sets a task (instructs); either after
 * a lead of MIN_LEAD_EMS at least (more than CLAUSE_BOLD_LINES). Undefined when it has no such break.
 */
function questionSplit(html: string): { at: number; overLines: number } | undefined {
  if (translated(html)) return undefined;
  const ends = sentenceEnds(html);
  if (ends.length) {
    // A heading that ends asking: the ask starts after the last sentence that does not ask (when
    // every sentence asks, the last is the ask). One that ends otherwise: its last sentence.
    // A sentence that sets a task (`Tell me about a time you failed. What did you learn?`) is asked too, no scenario.
    const asking = ENDS_ASKING.test(plainText(html));
    const told = asking ? ends.filter((e, i) => !e.asks && !instructs(plainText(html.slice(ends[i - 1]?.at ?? 0, e.at)))).pop() : undefined;
    const at = (told ?? ends[ends.length - 1]).at;
    // Every sentence asks or sets a task, the first ones briefly (`What is a primary key? And how does
    // it differ?`): a question of two parts, all of it asked, with no scenario to set apart.
    if (asking && !told && textEms(plainText(html.slice(0, at))) < MIN_LEAD_EMS) return undefined;
    return { at, overLines: BOLD_LINES };
  }
  // One sentence: split only where it is told, then asked (it ends asking or bidding, its lead a
  // scenario's length), or told, then set a task (its last clause opens on an imperative).
  const text = plainText(html);
  const asks = ENDS_ASKING.test(text) || ENDS_BIDDING.test(text);
  const clauses = topLevelEnds(html, CLAUSE_END);
  const last = asks
    ? (askingClause(html, clauses) ?? [...clauses].reverse().find((c) => textEms(plainText(html.slice(c.at))) >= MIN_ASK_EMS) ?? clauses[0])
    : taskClause(html, clauses);
  if (!last || textEms(plainText(html.slice(0, last.at))) < MIN_LEAD_EMS) return undefined;
  return { at: last.at, overLines: CLAUSE_BOLD_LINES };
}

/** A clause that opens asking: a question word, or a bid (instructs). */
const OPENS_ASKING = /^(?:how|what|which|why|who|whom|whose)(?![\p{L}\p{N}])/iu;

/**
 * The clause break where a one-sentence heading that ends asking starts its question: the last
 * clause that opens on a question word or a bid (`…during a failover, how do you choose between
 * shedding load, serving stale data and failing?`), with MIN_ASK_EMS at least from there. The last
 * clause alone cut the question's own list ("serving stale data and failing?" set bold, the scenario
 * and "how do you choose between shedding load" regular). Undefined when no clause opens so.
 */
function askingClause(html: string, clauses: { at: number }[]): { at: number } | undefined {
  return [...clauses].reverse().find((c) => {
    const rest = plainText(html.slice(c.at));
    const opening = rest.trim().replace(LEAD_WORD, '');
    return (OPENS_ASKING.test(opening) || instructs(rest)) && textEms(rest) >= MIN_ASK_EMS;
  });
}

/**
 * The clause break where a one-sentence heading's closing task starts: the last clause that opens on
 * an imperative (instructs), of MIN_ASK_EMS at least with what follows it; what follows may add to
 * the task (`…, explain the trade-offs, and pick one.`) but tells no more of the scenario: a clause
 * after it of MAX_TOLD_EMS or more that sets no task means the imperative was part of the story.
 */
function taskClause(html: string, clauses: { at: number }[]): { at: number } | undefined {
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = plainText(html.slice(clauses[i].at, clauses[i + 1]?.at ?? html.length));
    if (instructs(clause)) return textEms(plainText(html.slice(clauses[i].at))) >= MIN_ASK_EMS ? clauses[i] : undefined;
    if (textEms(clause) >= MAX_TOLD_EMS) return undefined;
  }
  return undefined;
}

/** `html` as a scenario span (q-scenario, set in the regular weight) and an ask span (q-ask) split at `at`. */
const splitAt = (html: string, at: number, attrs = ''): string =>
  `<span class="q-scenario"${attrs}>${html.slice(0, at)}</span><span class="q-ask">${html.slice(at)}</span>`;

/**
 * A question heading split as setLongQuestion splits it, whatever its length, its scenario span
 * saying in `data-over` the lines of bold the heading must run to for it to be set apart: where the
 * lines are measured in the browser (a flash front, its size fitted there: print/align-long-fronts.ts).
 */
export function markQuestionSplit(html: string): string {
  const split = questionSplit(html);
  return split ? splitAt(html, split.at, ` data-over="${split.overLines}"`) : html;
}

/**
 * A question heading that would fill more than two lines of `lineEms` (the line its heading sets,
 * in ems of the heading's size), its first line short by `firstTaken` ems (its number, a badge), set so the eye finds the question: its scenario, the sentences
 * before the ask, in a span of class q-scenario (styles set it in the regular weight), the ask
 * (the closing run of sentences ending in a question mark, else the last sentence) in q-ask; one
 * sentence of more than three lines, its clauses but the last (questionSplit). Nothing is added
 * or taken from the text. A short heading, or one of no break, is returned as it is.
 */
export function setLongQuestion(html: string, lineEms: number, firstTaken = 0): string {
  const ems = textEms(plainText(html));
  if (ems <= BOLD_LINES * lineEms - firstTaken) return html;
  const split = questionSplit(html);
  if (!split || ems <= split.overLines * lineEms - firstTaken) return html;
  return splitAt(html, split.at);
}
