import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { ASKS } from './list-items.js';
import { cardList, type Card } from './number-line-records.js';

// Notes typed line by line with no blank lines keep each question on its line and its answer on the
// lines under it (`int a=10 是原子操作吗？⏎是的。⏎InnoDB 支持全文索引吗？⏎…`): markdown reads one
// paragraph, and no question is found. Each question line over the lines that answer it is a card.

/** How many questions such a paragraph must hold: fewer are prose that asks in passing. */
const AT_LEAST = 3;

/** The cards of such a paragraph: it opens with a question, and each question has a line at least under it. */
function cards(node: RootContent): Card[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const found: Card[] = [];
  for (const line of cutParagraph(node, lineCuts(node.children))) {
    const asks = ASKS.test(toString(line).trim());
    const last = found[found.length - 1];
    if (asks && (!last || last.answer.length)) found.push({ number: found.length + 1, question: [line], answer: [] });
    else if (!last) return undefined;
    else if (asks) return undefined; // two questions in a row: a list of questions, read as such elsewhere
    else last.answer.push(line);
  }
  return found.length >= AT_LEAST && found.every((c) => c.answer.length) ? found : undefined;
}

/** The blocks with each such paragraph made a list of its cards, each its question over its answer. */
export function questionLineRecords(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => {
    const found = cards(node);
    return found ? cardList(found, node, false) : node;
  });
}
