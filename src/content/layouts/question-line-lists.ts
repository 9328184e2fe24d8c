import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { BIDS } from './list-items.js';

// A bank may list one topic's questions as items and type the next topic's as plain lines under
// its name, with no blank line between (`🖥️ Operating System⏎프로세스와 스레드의 차이를 알려주세요.⏎…`):
// markdown reads one paragraph, and the topic's questions were left out as text between questions.
// Such a paragraph, a short name over three lines or more that each ask or bid, is that name over
// a list of its questions, as the topics written as lists are.

/** How many asking lines the paragraph must hold under its name: fewer may be prose asking in passing. */
const AT_LEAST = 3;
/** A topic's name: short, and it ends as no sentence does. */
const NAME = /^[^\n]{1,40}$/;
const ENDS_SENTENCE = /[.!?;:,。！？；：，]\s*$/u;
/** A hint after a question in brackets (`… 설명해주세요. (hint: critical section)`). */
const ASIDE = /\s*[(（][^()（）\n]*[)）]\s*$/u;

/** Whether a line asks or bids, an aside after it aside. */
const asks = (line: Paragraph): boolean => BIDS.test(toString(line).trim().replace(ASIDE, ''));

/** The paragraph as its name over a list of its questions, if it is one. */
function asList(node: RootContent): RootContent[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [name, ...lines] = cutParagraph(node, lineCuts(node.children));
  const title = name ? toString(name).trim() : '';
  if (lines.length < AT_LEAST || !NAME.test(title) || ENDS_SENTENCE.test(title) || BIDS.test(title)) return undefined;
  if (!lines.every(asks)) return undefined;
  const items = lines.map((line): ListItem => ({ type: 'listItem', spread: false, children: [line], position: line.position }));
  const list: List = { type: 'list', ordered: false, spread: false, children: items, position: { start: lines[0].position!.start, end: node.position!.end } };
  return [name as Paragraph, list];
}

/** The blocks with each such paragraph made its name over a list of its questions. */
export function questionLineLists(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node) => asList(node) ?? [node]);
}
