import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { ANSWER_WORD } from './labels.js';
import { ASKS } from './list-items.js';
import { countsOn } from './counting-on.js';

// A bank copied from a web page of numbered cards keeps each card's parts on lines of their own:
// `1⏎Where does the rule file live?⏎Reference answer⏎Under the config folder …⏎2⏎…`. Markdown reads
// it all as one paragraph, and no question is found. Each card is the numbered item it shows:
// the question, its answer under it.

const NUMBER = /^\s*(\d{1,4})\s*$/;

/** One card: its number, the lines of its question and of its answer. */
export interface Card {
  number: number;
  question: Paragraph[];
  answer: Paragraph[];
}

/** The cards of such a paragraph (two at least, numbered counting up by one, a number typed twice too, each labelled), else undefined. */
function cards(node: RootContent): Card[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = cutParagraph(node, lineCuts(node.children));
  const found: Card[] = [];
  let part: 'question' | 'answer' = 'answer';
  const texts = lines.map((line) => toString(line));
  // An answer that is a figure on its own line (`2`, to "How many …?") opens no card: a card's number stands over its question.
  const opensCard = (i: number) => i + 1 < texts.length && (ASKS.test(texts[i + 1]) || ANSWER_WORD.test(texts[i + 2] ?? '')) && !NUMBER.test(texts[i + 1]);
  for (const [i, line] of lines.entries()) {
    const text = texts[i];
    const number = NUMBER.exec(text);
    const last = found[found.length - 1];
    if (number && opensCard(i) && (last ? countsOn(last.number, Number(number[1])) && last.answer.length > 0 : true)) {
      found.push({ number: Number(number[1]), question: [], answer: [] });
      part = 'question';
    } else if (!last) return undefined;
    else if (part === 'question' && ANSWER_WORD.test(text) && last.question.length) part = 'answer';
    else if (part === 'question') last.question.push(line);
    else if (!ANSWER_WORD.test(text)) last.answer.push(line);
  }
  return found.length >= 2 && found.every((c) => c.question.length && c.answer.length) ? found : undefined;
}

/** Lines as one paragraph, a line break between each, at the first one's line. */
export function joined(lines: Paragraph[]): Paragraph {
  const children = lines.flatMap((l, i): PhrasingContent[] => (i ? [{ type: 'break' }, ...l.children] : l.children));
  return { type: 'paragraph', children, position: { start: lines[0].position!.start, end: lines[lines.length - 1].position!.end } };
}

/** The blocks with each such paragraph made a numbered list of its cards, each its question over its answer. */
export function numberLineRecords(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => {
    const found = cards(node);
    return found ? cardList(found, node, true) : node;
  });
}

/** Cards as a list (numbered from the first card's number, or not), each item its question over its answer. */
export function cardList(found: Card[], node: RootContent, ordered: boolean): List {
  const items = found.map((c): ListItem => {
    const question = joined(c.question);
    return { type: 'listItem', spread: true, children: [question, joined(c.answer)], position: { start: question.position!.start, end: c.answer[c.answer.length - 1].position!.end } };
  });
  return { type: 'list', ordered, ...(ordered ? { start: found[0].number } : {}), spread: true, children: items, position: node.position };
}
