import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { phrasingLines } from '../phrasing-lines.js';
import type { Layout, Part } from './types.js';

// Flashcards as note apps write them (Obsidian's spaced-repetition plugin and its kin):
// `question::answer` on one line (`:::` for a card learned both ways), or a card over several
// lines, its sides parted by a line that is only `?` (or `??`), or its question's line closed by
// `;;`. A blank line ends a card.

/** `::` or `:::` between a card's sides, outside code spans. */
const SEPARATOR = /\s*:{2,3}\s*/g;
/** A line that only parts a card's sides. */
const SIDE_BREAK = /^\s*\?{1,2}\s*$/;
/** `;;` closing a card's question line (the plugin's multi-line separator as some notes set it): the answer is below. */
const CLOSING_BREAK = /\s*;;\s*$/;

/** A question line without the `;;` that closes it. */
function withoutClosingBreak(line: PhrasingContent[]): PhrasingContent[] {
  const last = line[line.length - 1];
  return last?.type === 'text' ? [...line.slice(0, -1), { ...last, value: last.value.replace(CLOSING_BREAK, '') }] : line;
}
/**
 * `std::vector`, `Foo::bar()`, `crate::io`: a name path written as prose, not a card's `::`.
 * Cards glue their sides too (`question::answer`), so only the shapes of code count: a bare
 * name before it, a name going on into `<`, `(` or `::` after it, or a well-known root.
 */
function namePath(before: string, after: string): boolean {
  if (!/[A-Za-z_]\w*$/.test(before) || !/^[A-Za-z_]/.test(after)) return false;
  return /^[A-Za-z_]\w*$/.test(before) || /^\w+(?:<|\(|::)/.test(after) || /(?:^|\s)(?:std|boost|absl|core|alloc|crate|self|super|Self|tokio|serde|fmt|io)$/.test(before);
}

interface Card {
  question: PhrasingContent[];
  answer: PhrasingContent[];
}

/**
 * The line cut at its first separator, or undefined when it has none. A name path
 * (`What does std::vector keep? :: …`) is passed over: the card's own `::` may come after it.
 */
function inlineCard(line: PhrasingContent[]): Card | undefined {
  for (let i = 0; i < line.length; i++) {
    const child = line[i];
    if (child.type !== 'text') continue;
    for (const m of child.value.matchAll(SEPARATOR)) {
      const before = child.value.slice(0, m.index);
      const after = child.value.slice(m.index + m[0].length);
      if (!/\s/.test(m[0]) && namePath(before, after)) continue;
      const question = trim([...line.slice(0, i), ...(before ? [{ ...child, value: before }] : [])]);
      const answer = trim([...(after ? [{ ...child, value: after }] : []), ...line.slice(i + 1)]);
      return question.length ? { question, answer } : undefined;
    }
  }
  return undefined;
}

/** True when every line of a paragraph is a `question :: answer` card (a column of cards, not of questions). */
export function cardLines(node: RootContent): boolean {
  const read = node.type === 'paragraph' ? cardsOf(node) : undefined;
  return !!read?.cards.length && !read.open;
}

/** Phrasing without the spaced-repetition plugin's review comments (`<!--SR:!2025-01-04,3,250-->`) and edge spaces. */
function trim(children: PhrasingContent[]): PhrasingContent[] {
  const kept = children.filter((c) => !(c.type === 'html' && /^<!--\s*SR:/.test(c.value)));
  const first = kept[0];
  if (first?.type === 'text') kept[0] = { ...first, value: first.value.trimStart() };
  const last = kept[kept.length - 1];
  if (last?.type === 'text') kept[kept.length - 1] = { ...last, value: last.value.trimEnd() };
  return kept.filter((c) => !(c.type === 'text' && !c.value));
}

/** Lines joined back into phrasing, a line break between them. */
const joinLines = (lines: PhrasingContent[][]): PhrasingContent[] =>
  lines.flatMap((line, k) => (k ? [{ type: 'break' } as PhrasingContent, ...line] : line));

/**
 * The cards of one paragraph: each `a::b` line is one; a paragraph holding a `?` line is one card
 * of several lines (the question above it, the answer below). `open` is set when the paragraph
 * ends with its `?` line: the answer is the block under it (a list, a code block).
 */
function cardsOf(p: Paragraph): { cards: Card[]; open?: PhrasingContent[] } | undefined {
  const lines = phrasingLines(p.children).map(trim);
  const text = (line: PhrasingContent[]) => toString({ type: 'paragraph', children: line });
  const parted = lines.findIndex((line) => SIDE_BREAK.test(text(line)));
  // `What are the S3 storage classes? ;;` over its answer's lines: the question's line ends the question.
  const closed = lines.findIndex((line) => CLOSING_BREAK.test(text(line)) && text(line).replace(CLOSING_BREAK, '').trim());
  if (closed >= 0 && (parted < 0 || closed < parted)) {
    const question = joinLines([...lines.slice(0, closed), withoutClosingBreak(lines[closed])]);
    const rest = lines.slice(closed + 1).filter((l) => l.length);
    return rest.length ? { cards: [{ question, answer: joinLines(rest) }] } : { cards: [], open: question };
  }
  if (parted > 0) {
    const question = joinLines(lines.slice(0, parted));
    const rest = lines.slice(parted + 1).filter((l) => l.length);
    return rest.length ? { cards: [{ question, answer: joinLines(rest) }] } : { cards: [], open: question };
  }
  const cards = lines.map(inlineCard);
  // Every line of the paragraph is a card, or it is prose that happens to hold a `::`.
  return cards.length && cards.every(Boolean) ? { cards: cards as Card[] } : undefined;
}

const cardCount = (node: RootContent): number => {
  if (node.type !== 'paragraph') return 0;
  const read = cardsOf(node);
  return read ? read.cards.length + (read.open ? 1 : 0) : 0;
};

/**
 * Cards written `question::answer`, one a line, or over several lines with a `?` line between
 * their sides (the answer may be the list or code block under it). Headings are sections; the
 * note's other text stays outside the questions (before the first card it is the intro).
 */
export const flashcardsLayout: Layout = {
  name: 'flashcards',
  count: (nodes) => nodes.reduce((n, node) => n + cardCount(node), 0),
  read(nodes) {
    const parts: Part[] = [];
    let open: RootContent[] | undefined;
    for (const node of nodes) {
      const read = node.type === 'paragraph' ? cardsOf(node) : undefined;
      if (open && !read && node.type !== 'heading' && node.type !== 'thematicBreak') {
        open.push(node);
        open = undefined;
        continue;
      }
      open = undefined;
      if (!read) {
        parts.push(node.type === 'heading' ? { kind: 'heading', node } : { kind: 'content', node });
        continue;
      }
      for (const card of read.cards) parts.push(question(card.question, node, card.answer.length ? [answerOf(card.answer, node)] : []));
      if (read.open) {
        const body: RootContent[] = [];
        parts.push(question(read.open, node, body));
        open = body;
      }
    }
    return parts;
  },
};

const question = (words: PhrasingContent[], at: RootContent, body: RootContent[]): Part => ({
  kind: 'question',
  heading: { type: 'heading', depth: 3, children: words, position: at.position } satisfies Heading,
  body,
});

const answerOf = (words: PhrasingContent[], at: RootContent): Paragraph => ({ type: 'paragraph', children: words, position: at.position });
