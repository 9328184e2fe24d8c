import { normalizeText } from '../text-words.js';
import { toString } from 'mdast-util-to-string';
import type { Blockquote, Heading, Paragraph, PhrasingContent, RootContent, TableCell } from 'mdast';
import { hasCardStart, markCardStart } from './card-start.js';
import { phrasingLines } from '../phrasing-lines.js';
import { itemNumber } from '../item-numbers.js';
import { questionBody } from '../question-body.js';
import { headingWords, LABEL_WORDS, numberKey } from './question-number.js';

/** One line of an answer key: the question's number as the key writes it, the answer, and why. */
export interface KeyEntry {
  number: string;
  line: number;
  answer: PhrasingContent[];
  explanation: PhrasingContent[];
  /** The answer names an option (`B`, `A, C`, `True`). */
  choice: boolean;
}

/** An answer key read out of a bank, and the lines its questions stand on (after the key before it). */
export interface AnswerKey {
  entries: KeyEntry[];
  /** The key heading's line: the key answers questions above it, after `after`. */
  line: number;
  after: number;
}

/** What taking the keys out of a bank found. */
export interface TakenKeys {
  nodes: RootContent[];
  keys: AnswerKey[];
  /** The number each numbered block (a heading, a bold line, a list item) starts with, by its line. */
  numbers: Map<number, string>;
}

// "## Answers", "## Answer Key (Quiz 1)", "## Solutions", "## Respuestas", "## 答案", "## Ответы".
const KEY_HEADING =
  /^[\p{P}\p{S}\s]*(?:answer\s*key|answer\s*sheet|(?:correct\s+)?answers?(?:\s*(?:&|and)\s*explanations?)?|solutions?|respuestas|soluciones|clave de respuestas|respostas|gabarito|lösungen|antworten|réponses|corrigés?|risposte|soluzioni|ответы|відповіді|答案|参考答案|解答|正解|정답)(?:\s*(?:[:(\-–—]|to\s|for\s).{0,40})?[\p{P}\p{S}\s]*$/iu;

// An entry's number (`1.`, `Q1.1:`, `**3**`, `Question 4 -`), as the key writes it before the answer.
const ENTRY_NUMBER = new RegExp(`^\\s*(?:(?:${LABEL_WORDS})\\s*\\.?\\s*)?(?:#|№|No\\.?)?\\s*([0-9]{1,4}(?:\\.[0-9]{1,4})*)\\s*(?:[.):\\-–—：:]\\s*|\\s+|$)`, 'iu');
// The choice a key gives (`B`, `(C)`, `A, D`, `True`), then what explains it (`— because …`).
const CHOICE = /^\s*\(?\s*([A-H](?:\s*(?:,|&|and|\+)\s*[A-H])*|true|false|yes|no)\s*\)?(?![\p{L}\p{N}])\s*(?:[.):;—–-]\s*)?/iu;
// Headers of a key's columns that say something other than why: difficulty, points, topic.
const OTHER_COLUMN = /^\s*(?:difficulty|level|points?|marks?|score|weight|topic|section|chapter|category|type|tags?|dificultad|nivel|puntos|tema|schwierigkeit|punkte|thema|difficulté|niveau|sujet|сложность|уровень|баллы|тема|难度|分值|知识点)\s*$/iu;
// A run of entries in one line: `1-B, 2-C, 3-A` or `1. B 2. C`.
const INLINE_ENTRY = /([0-9]{1,4}(?:\.[0-9]{1,4})*)\s*[-.):：:]\s*([A-H])(?![\p{L}\p{N}])/giu;

const lineOf = (node: { position?: { start: { line: number } } }): number => node.position?.start.line ?? 1;

// A folded box titled as a quiz's key (`> [!note]- Answers` over `**1** — b) …` lines), as a notes app hides it at the end.
// Only names of a whole key: a box titled "Answer" under one question is that question's answer.
const KEY_BOX_TITLE =
  /^[\p{P}\p{S}\s]*(?:answers|answer\s*key|answer\s*sheet|solutions|respuestas|soluciones|respostas|gabarito|lösungen|antworten|réponses|risposte|soluzioni|ответы|відповіді|答案|参考答案|正解|정답)[\p{P}\p{S}\s]*$/iu;

/** True when a box's title names a whole key of answers ("Answers", "Answer key", "Ответы"). */
export const namesKeyBox = (title: string): boolean => KEY_BOX_TITLE.test(title);

/** A box so titled, its content kept together until the key is read (else it stands unboxed, as any answer box's content does). */
export const keyBox = (content: RootContent[], position: Blockquote['position']): Blockquote =>
  ({ type: 'blockquote', data: { keyBox: true } as Blockquote['data'], children: content as Blockquote['children'], position });

const isKeyBox = (node: RootContent): node is Blockquote => node.type === 'blockquote' && !!(node.data as { keyBox?: boolean } | undefined)?.keyBox;

/**
 * Takes the answer keys out of a bank's blocks: a heading naming answers ("## Answers",
 * "## Answer Key") over a table, list or lines that give each question's number and its answer.
 * Quiz banks print their questions with options and the answers at the end; the key goes into
 * each question's answer (applyAnswerKeys) instead of printing as a section of its own. A heading
 * so named over anything else stays as it is.
 */
export function takeAnswerKeys(nodes: RootContent[]): TakenKeys {
  const keys: AnswerKey[] = [];
  const kept: RootContent[] = [];
  let after = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (isKeyBox(node)) {
      const entries = keyEntries(node.children);
      if (entries) {
        keys.push({ entries, line: lineOf(node), after });
        after = lineOf(node);
      } else kept.push(...node.children);
      continue;
    }
    if (node.type !== 'heading' || !KEY_HEADING.test(headingWords(node))) {
      kept.push(node);
      continue;
    }
    let end = i + 1;
    while (end < nodes.length && !(nodes[end].type === 'heading' && (nodes[end] as Heading).depth <= node.depth)) end++;
    const entries = keyEntries(nodes.slice(i + 1, end));
    // Under "### Respuestas" with no list above it to answer, items each asking (`1. ¿Qué es CORS?⏎Un mecanismo …`) are the questions themselves.
    if (!entries || (!kept.some((n) => n.type === 'list') && asksEach(nodes.slice(i + 1, end)))) {
      kept.push(node);
      continue;
    }
    keys.push({ entries, line: lineOf(node), after });
    // `### Questions:` over the list the key answers, beside `### Answers:`: a label, not a group of questions.
    let label = kept.length - 1;
    while (label >= 0 && !(kept[label].type === 'heading' && (kept[label] as Heading).depth <= node.depth)) label--;
    if (label >= 0 && (kept[label] as Heading).depth === node.depth && lineOf(kept[label]) > after && /^\s*questions?\s*[:：]?\s*$/iu.test(headingWords(kept[label] as Heading))) kept.splice(label, 1);
    after = lineOf(node);
    i = end - 1;
  }
  return { nodes: kept, keys, numbers: keys.length ? blockNumbers(kept) : new Map() };
}

/** True when the blocks' list items each open with a line that asks. */
function asksEach(blocks: RootContent[]): boolean {
  const items = blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  return items.length > 0 && items.every((item) => /[?？]\s*$/u.test(toString(item.children[0] ?? { type: 'text', value: '' }).split('\n')[0]));
}

/** The entries of a key's blocks, or undefined when any block is not a key's (prose, code). */
function keyEntries(blocks: RootContent[]): KeyEntry[] | undefined {
  const entries: KeyEntry[] = [];
  for (const block of blocks) {
    if (block.type === 'thematicBreak' || block.type === 'heading' || block.type === 'html') continue;
    const read = block.type === 'table' ? tableEntries(block) : block.type === 'list' ? listEntries(block) : block.type === 'paragraph' ? lineEntries(block) : undefined;
    if (!read) return undefined;
    entries.push(...read);
  }
  // One entry is a key when it names an option (a chapter of one question); one line of prose under "Solutions" may be anything.
  return entries.length >= 2 || entries[0]?.choice ? entries : undefined;
}

/** `| Q1.1 | **B** | why |` rows: number, answer, then every other cell explains it. */
function tableEntries(table: Extract<RootContent, { type: 'table' }>): KeyEntry[] | undefined {
  const [head, ...rows] = table.children;
  const withHead = head && ENTRY_NUMBER.test(cellText(head.children[0])) && cellText(head.children[0]).trim() !== '' ? [head, ...rows] : rows;
  // Columns after the answer explain it, unless their header names something else (`| Q# | Answer | Difficulty |`).
  const notWhy = new Set(withHead[0] === head ? [] : (head?.children.slice(2) ?? []).flatMap((c, k) => (OTHER_COLUMN.test(cellText(c)) ? [k] : [])));
  const entries: KeyEntry[] = [];
  for (const row of withHead) {
    const [numberCell, answerCell, ...why] = row.children;
    const number = wholeNumber(cellText(numberCell));
    if (!number || !answerCell) return undefined;
    const split = splitChoice(answerCell.children);
    const more = why.filter((c, k) => cellText(c).trim() && !notWhy.has(k)).flatMap((c, k) => (k || split.explanation.length ? [{ type: 'text' as const, value: ' ' }, ...c.children] : c.children));
    entries.push({ number, line: lineOf(row), answer: split.answer, explanation: [...split.explanation, ...more], choice: split.choice });
  }
  return entries;
}

/** `1. B — why` items (an ordered list numbers them itself) or `- Q1.1: B` items. */
function listEntries(list: Extract<RootContent, { type: 'list' }>): KeyEntry[] | undefined {
  const entries: KeyEntry[] = [];
  for (const [k, item] of list.children.entries()) {
    const lead = item.children[0];
    if (lead?.type !== 'paragraph' || item.children.length > 1) return undefined;
    const own = ENTRY_NUMBER.exec(toString(lead));
    const number = own ? own[1] : list.ordered ? String(itemNumber(list, k)) : undefined;
    if (!number) return undefined;
    const words = own ? dropChars(lead.children, own[0].length) : lead.children;
    entries.push({ number: canonical(number), line: lineOf(item), ...splitChoice(words) });
  }
  return entries;
}

/** Lines of a paragraph, each `Q3: B — why`, or one line of `1-B, 2-C, 3-A`. */
function lineEntries(p: Paragraph): KeyEntry[] | undefined {
  const text = toString(p);
  const inline = [...text.matchAll(INLINE_ENTRY)];
  if (inline.length >= 2 && text.replace(INLINE_ENTRY, '').replace(/[\s,;|]/g, '') === '') {
    return inline.map((m) => ({ number: canonical(m[1]), line: lineOf(p), answer: [{ type: 'strong', children: [{ type: 'text', value: m[2].toUpperCase() }] }], explanation: [], choice: true }));
  }
  const entries: KeyEntry[] = [];
  for (const [k, words] of phrasingLines(p.children).filter((line) => toString({ type: 'paragraph', children: line }).trim()).entries()) {
    const own = ENTRY_NUMBER.exec(toString({ type: 'paragraph', children: words }));
    if (!own) return undefined;
    entries.push({ number: canonical(own[1]), line: lineOf(p) + k, ...splitChoice(dropChars(words, own[0].length)) });
  }
  return entries;
}

/** An answer's words split into the choice it names (`B`) and what explains it; all answer when it names none. */
function splitChoice(words: PhrasingContent[]): { answer: PhrasingContent[]; explanation: PhrasingContent[]; choice: boolean } {
  const m = CHOICE.exec(toString({ type: 'paragraph', children: words }));
  if (!m) return { answer: words, explanation: [], choice: false };
  // Letters as capitals (`b` → `B`), as cards name options; words as written.
  const choice = /^[a-h](?:\W+[a-h])*$/iu.test(m[1]) ? m[1].toUpperCase() : m[1];
  return { answer: [{ type: 'strong', children: [{ type: 'text', value: choice }] }], explanation: dropChars(words, m[0].length), choice: true };
}

/** The number a key's cell holds and nothing else (`Q1.1`, `**3**`, `3.`). */
function wholeNumber(text: string): string | undefined {
  const m = ENTRY_NUMBER.exec(text.replace(/[*_]/g, ''));
  return m && m[0].trim().length === text.replace(/[*_]/g, '').trim().length ? canonical(m[1]) : undefined;
}

const canonical = (number: string): string => number.split('.').map(Number).join('.');

const cellText = (cell: TableCell | undefined): string => (cell ? toString(cell) : '');

/** Phrasing without its first `n` characters of text (a number or a letter read off its front). */
function dropChars(children: PhrasingContent[], n: number): PhrasingContent[] {
  let left = n;
  const out: PhrasingContent[] = [];
  for (const child of children) {
    const length = toString(child).length;
    if (left >= length) {
      left -= length;
      continue;
    }
    if (left > 0 && (child.type === 'text' || child.type === 'inlineCode')) out.push({ ...child, value: child.value.slice(left) });
    else if (left > 0 && 'children' in child) out.push({ ...child, children: dropChars(child.children as PhrasingContent[], left) } as PhrasingContent);
    else out.push(child);
    left = 0;
  }
  return out;
}

/** The number every block that could be a question starts with, by its line. */
export function blockNumbers(nodes: RootContent[]): Map<number, string> {
  const numbers = new Map<number, string>();
  for (const node of nodes) {
    if (node.type === 'heading' || node.type === 'paragraph') {
      const key = numberKey(node.type === 'heading' ? headingWords(node) : toString(node));
      if (key) numbers.set(lineOf(node), key);
    }
    if (node.type === 'list') {
      node.children.forEach((item, k) => {
        const key = numberKey(toString(item)) ?? (node.ordered ? String(itemNumber(node, k)) : undefined);
        if (key) numbers.set(lineOf(item), key);
      });
    }
  }
  return numbers;
}

/** A diagnostic applyAnswerKeys reports: an entry that answers no question. */
export interface UnmatchedEntry {
  line: number;
  number: string;
}

/**
 * Puts each key entry into the answer of its question (a `###` heading of the normalised tree):
 * the answer first, marked as where the answer starts (so the options above it print with the
 * question and the card names the option), then its explanation. A question is found by its
 * number, or, when no question in the key's range is numbered and the key numbers them 1 to N,
 * by its place. Entries that find no question are returned, to be reported.
 */
export function applyAnswerKeys(children: RootContent[], taken: TakenKeys): { children: RootContent[]; unmatched: UnmatchedEntry[]; answered: Set<RootContent> } {
  if (!taken.keys.length) return { children, unmatched: [], answered: new Set() };
  const questions = children.flatMap((n, i) => (n.type === 'heading' && n.depth === 3 ? [i] : []));
  const inserts = new Map<number, RootContent[]>();
  const unmatched: UnmatchedEntry[] = [];
  for (const key of taken.keys) {
    const mine = questions.filter((i) => lineOf(children[i]) > key.after && lineOf(children[i]) < key.line);
    const byNumber = new Map<string, number[]>();
    for (const i of mine) {
      const number = taken.numbers.get(lineOf(children[i]));
      if (number) byNumber.set(number, [...(byNumber.get(number) ?? []), i]);
    }
    const inOrder = byNumber.size === 0 && key.entries.length === mine.length && key.entries.every((e, k) => e.number === String(k + 1));
    for (const [k, entry] of key.entries.entries()) {
      const found = inOrder ? [mine[k]] : byNumber.get(entry.number);
      if (found?.length !== 1) {
        unmatched.push({ line: entry.line, number: entry.number });
        continue;
      }
      // A question that gives its own answer (a "Reveal answer" block, an answer label, a `> card`) keeps it: the key only repeats it.
      if (answered(questionBody(children, found[0]))) continue;
      const answer: Paragraph = markCardStart({ type: 'paragraph', children: withoutQuestion(entry.answer, toString(children[found[0]])), position: undefined });
      const why: Paragraph[] = entry.explanation.length && toString({ type: 'paragraph', children: entry.explanation }).trim() ? [{ type: 'paragraph', children: entry.explanation }] : [];
      inserts.set(found[0], [answer, ...why]);
    }
  }
  const out: RootContent[] = [];
  let pending: RootContent[] = [];
  for (const [i, node] of children.entries()) {
    if (node.type === 'heading' && node.depth <= 3) {
      out.push(...pending);
      pending = [];
    }
    out.push(node);
    pending = inserts.get(i) ?? pending;
  }
  out.push(...pending);
  return { children: out, unmatched, answered: new Set([...inserts.keys()].map((i) => children[i])) };
}

/** An answer that opens by asking its question again in bold (`**What is Vue?**⏎A progressive …`), without it. */
function withoutQuestion(answer: PhrasingContent[], question: string): PhrasingContent[] {
  const at = answer.findIndex((c) => !(c.type === 'text' && !c.value.trim()));
  const lead = answer[at];
  if (lead?.type !== 'strong' || normalizeText(toString(lead)) !== normalizeText(question)) return answer;
  const rest = answer.slice(at + 1);
  const first = rest[0];
  const trimmed = first?.type === 'break' ? rest.slice(1) : first?.type === 'text' ? [{ ...first, value: first.value.replace(/^\s+/, '') }, ...rest.slice(1)] : rest;
  return toString({ type: 'paragraph', children: trimmed }).trim() ? trimmed : answer;
}


/** True when a question's blocks hold its own answer's start, or open with a `> card answer`. */
const answered = (body: RootContent[]): boolean => hasCardStart(body) || body[0]?.type === 'blockquote';
