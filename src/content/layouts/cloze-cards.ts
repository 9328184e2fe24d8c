import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { phrasingLines } from '../phrasing-lines.js';

// Cloze deletions as Anki writes them, and the note apps that export to it (`{{c1::chmod}}`, with a
// hint: `{{c2::0::a number}}`): a sentence with its answer hidden in it. Read as they stand they were
// prose with braces in it, and a bank of them had no questions. Each such sentence is a card: the
// sentence with a gap where the words were, over those words.

const OPEN = /\{\{c\d+::/g;
const TOKEN = /\{\{c\d+::|(?:::[^{}]*)?\}\}/g;
const GAP = '[…]';

/** A line's question (the gaps left) and answer (what filled them), or undefined when it hides nothing. */
function cloze(line: PhrasingContent[]): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const question: PhrasingContent[] = [];
  const hidden: PhrasingContent[][] = [];
  let inside: PhrasingContent[] | undefined;
  for (const child of line) {
    if (child.type !== 'text') {
      (inside ?? question).push(child);
      continue;
    }
    let last = 0;
    for (const m of child.value.matchAll(TOKEN)) {
      const before = child.value.slice(last, m.index);
      last = m.index + m[0].length;
      const opens = m[0].startsWith('{{');
      if (opens === !!inside) return undefined;
      if (before) (inside ?? question).push({ type: 'text', value: before });
      if (opens) inside = [];
      else {
        hidden.push(inside!);
        inside = undefined;
        question.push({ type: 'text', value: GAP });
      }
    }
    const rest = child.value.slice(last);
    if (rest) (inside ?? question).push({ type: 'text', value: rest });
  }
  if (inside || !hidden.length) return undefined;
  const answer = hidden.flatMap((words, k): PhrasingContent[] => (k ? [{ type: 'text', value: '; ' }, ...words] : words));
  return { question, answer };
}

/** A card as the `question :: answer` line the flashcards layout reads, at its line (`line` lines into `at`). */
const card = (c: { question: PhrasingContent[]; answer: PhrasingContent[] }, at: RootContent, line = 0): Paragraph => {
  const start = at.position && { ...at.position.start, line: at.position.start.line + line };
  return { type: 'paragraph', children: [...c.question, { type: 'text', value: ' :: ' }, ...c.answer], position: at.position && start && { start, end: line ? start : at.position.end } };
};

/** The cards of a block whose every line (a paragraph's) or item (a list's, each one paragraph) hides words; else undefined. */
function cardsOf(node: RootContent): Paragraph[] | undefined {
  if (node.type === 'paragraph') {
    const cards = phrasingLines(node.children).map(cloze);
    return cards.every(Boolean) ? cards.map((c, k) => card(c!, node, k)) : undefined;
  }
  if (node.type !== 'list') return undefined;
  const items = (node as List).children.map((item) => (item.children.length === 1 && item.children[0].type === 'paragraph' ? phrasingLines(item.children[0].children) : undefined));
  const cards = items.map((lines) => (lines?.length === 1 ? cloze(lines[0]) : undefined));
  return cards.every(Boolean) ? cards.map((c, i) => card(c!, node.children[i])) : undefined;
}

/** The nodes with each block of cloze deletions written as the cards it holds, where there are two at least. */
export function clozeCards(nodes: RootContent[]): RootContent[] {
  if (!nodes.some((n) => (n.type === 'paragraph' || n.type === 'list') && JSON.stringify(n).match(OPEN))) return nodes;
  const read = nodes.map((n) => cardsOf(n));
  if (read.reduce((k, cards) => k + (cards?.length ?? 0), 0) < 2) return nodes;
  return nodes.flatMap((n, i) => read[i] ?? [n]);
}
