import { toString } from 'mdast-util-to-string';
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { ASKS } from './list-items.js';

/** The one line of a bullet list holding one short item and nothing else (`* Декораторы`), if it is one. */
function loneLine(node: RootContent | undefined): Paragraph | undefined {
  if (node?.type !== 'list' || node.ordered || node.children.length !== 1) return undefined;
  const [item] = node.children;
  const [first] = item.children;
  if (item.children.length !== 1 || first?.type !== 'paragraph') return undefined;
  const text = toString(first).trim();
  return text && text.length <= 200 && !text.includes('\n') ? first : undefined;
}

/** What a ruled bank's topic items are: the lists that ask, and those whose block holds nothing else (`* PEP8 - a style guide`). */
export interface RuledItems {
  lists: Set<RootContent>;
  bare: Set<RootContent>;
}

/**
 * A bank that draws a rule between its questions and opens each block with a bullet of one
 * line (`***⏎* Декораторы⏎⏎Это обёртки…⏎***`): each such bullet is a question, asking or only
 * naming its topic (`* Ключевое слово 'def':`, `* Коллизии в хэш-таблицах`), and the block under
 * it its answer. Three blocks at least with an answer, one bullet at least asking; read only by
 * what asks, the topics' answers ran on into the question above.
 */
export function ruledItems(nodes: RootContent[]): RuledItems {
  const opening = nodes.filter((node, i) => nodes[i - 1]?.type === 'thematicBreak' && loneLine(node));
  const answered = opening.filter((node) => {
    const next = nodes[nodes.indexOf(node) + 1];
    return next && next.type !== 'thematicBreak' && next.type !== 'heading';
  });
  if (answered.length < 3 || !opening.some((node) => ASKS.test(toString(node).trim()))) return { lists: new Set(), bare: new Set() };
  return { lists: new Set(opening), bare: new Set(opening.filter((node) => !answered.includes(node))) };
}

// `PEP8 - a style guide for Python code`: a short term, a dash, what it is.
const TERM_DASH = /^([^\n]{1,40}?)\s+[–—-]\s+(?=\S)/u;

/** A bare topic item cut at the dash after its term: the term is asked, the rest answers it. */
export function termSplit(p: Paragraph): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const [first, ...rest] = p.children;
  const m = first?.type === 'text' ? TERM_DASH.exec(first.value) : null;
  if (!m || first?.type !== 'text') return undefined;
  const after = first.value.slice(m[0].length);
  return { question: [{ ...first, value: m[1] }], answer: [...(after ? [{ ...first, value: after }] : []), ...rest] };
}
