import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_LABEL, QUESTION_LABEL } from './labels.js';
import { ASKS, BIDS, PROMPT_START } from './list-items.js';
import { withoutEndColon } from './end-colon.js';

// Banks close with flashcards of one line each (`1. **Red Team vs Pentest:** Red = stealthy, …`):
// a bold term, a colon, its definition on the same line. No item asks, so the list read as the
// closing text of the bank, or, alone in a file, as no bank at all. Where the list is a set of
// terms to learn — under a title naming flashcards, definitions or a glossary, or in a bank (or a
// `#` part of one) with no other question — each term is a question, its definition the answer.

/** Titles naming flashcards, one-liners, definitions or a glossary, in the languages banks are written in. */
export const TERMS_TITLE =
  /flash ?cards?|one[- ]liners?|definitions?|glossary|key terms|terminology|vocabulary|karteikarten|glossar|begriffe|definitionen|glosario|definiciones|términos|glossário|definições|termos|glossaire|termes|глоссарий|термины|определения|术语|術語|名词解释|名詞解釋|用語|용어|thuật ngữ|istilah|terimler|sözlük/iu;

/** Fewest items a list needs to be a set of terms rather than a couple of labelled notes. */
const MIN_TERMS = 3;

/** Longest bold lead read as a term: a longer one is a sentence, not a name. */
const MAX_TERM = 80;

/** The item's bold term and its definition after the colon, when the item is one such line. */
function termOf(item: ListItem): { term: PhrasingContent[]; definition: PhrasingContent[] } | undefined {
  const [first, ...rest] = item.children;
  if (rest.length || first?.type !== 'paragraph') return undefined;
  const [bold, next, ...after] = first.children;
  if (bold?.type !== 'strong' || next?.type !== 'text') return undefined;
  const lead = toString(bold).trim();
  // The colon closes the bold words (`**IDOR:**`) or opens the words after them (`**IDOR**: …`).
  const inside = /[:：]$/.test(lead);
  const outside = /^\s*[:：]/.test(next.value);
  if (inside === outside || !lead || lead.length > MAX_TERM || ASKS.test(lead) || ANSWER_LABEL.test(lead) || QUESTION_LABEL.test(lead)) return undefined;
  const value = next.value.replace(outside ? /^\s*[:：]\s*/ : /^\s+/, '');
  const definition = [...(value ? [{ ...next, value }] : []), ...after];
  // A labelled question or task (`**GIL:** Что такое GIL …?`, `**Debounce:** Write …`) asks: no definition.
  const said = toString({ type: 'paragraph', children: definition }).trim();
  // A definition may open with an English question word (`**RPO:** how much data you can lose.`); a task opens with its verb.
  if (!said || ASKS.test(said) || BIDS.test(said) || (PROMPT_START.test(said) && !/^(?:what|how|why|when|where|which|who)\b/iu.test(said))) return undefined;
  return { term: withoutEndColon(bold.children), definition };
}

/** A list of three items or more, each a bold term and its definition on one line. */
export function termList(node: RootContent): node is List {
  return node.type === 'list' && node.children.length >= MIN_TERMS && node.children.every((item) => termOf(item) !== undefined);
}

/** The title over the node at `index`: the heading right above it, a line of its own perhaps between. */
function titleOver(nodes: RootContent[], index: number): RootContent | undefined {
  const above = nodes.slice(Math.max(0, index - 2), index).reverse();
  return above.find((n) => n.type === 'heading') ?? undefined;
}

/**
 * True when something else in the file may be a question: a heading or a paragraph with a line
 * ending in a question mark, or a heading at the question level or under it (`### 1. SQL
 * Injection in Banking Portal` over a story's `**Situation:** …` lines).
 */
const othersAsk = (nodes: RootContent[]): boolean =>
  nodes.some((n) => (n.type === 'heading' && n.depth >= 3) || ((n.type === 'heading' || n.type === 'paragraph') && linesOf(n.children).some((line) => ASKS.test(line.trim()))));

/** A paragraph's or heading's lines, parted where the text breaks and at hard breaks (`…?  ⏎✅ **Answer:**`). */
const linesOf = (children: PhrasingContent[]): string[] => children.map((c) => (c.type === 'break' ? '\n' : toString(c))).join('').split('\n');

/**
 * The term lists of a file that are its questions: in a bank of question lists (`asking`: how
 * many), those under a title naming flashcards, definitions or a glossary; where nothing else in
 * the file asks, every one. A bank asking in another shape (`**Q1. …**` paragraphs) with its
 * flashcards under a `#` title of their own has them read as that part's questions
 * (titled-parts.ts); counted here too, they would win the whole file for this layout.
 */
export function termLists(nodes: RootContent[], asking: number): List[] {
  const lists = nodes.flatMap((n, i) => (termList(n) ? [{ list: n, i }] : []));
  if (!lists.length) return [];
  if (asking === 0) return othersAsk(nodes) ? [] : lists.map(({ list }) => list);
  return lists.filter(({ i }) => TERMS_TITLE.test(toString(titleOver(nodes, i) ?? { type: 'text', value: '' }))).map(({ list }) => list);
}

/** A term item cut into its term (the question) and its definition (the answer's paragraph). */
export function definitionSplit(item: ListItem): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const found = termOf(item);
  return found ? { question: found.term, answer: found.definition } : undefined;
}
