import { toString } from 'mdast-util-to-string';
import type { Paragraph, PhrasingContent } from 'mdast';
import { BID_START } from './bid-start.js';
import { PROMPT_START } from './list-items.js';

// Chinese and Japanese banks often run a question's short answer on after its full-width
// question mark, on the one line: `2. 什麼是事件迴圈？ 它讓單執行緒的 JavaScript …`. Read whole,
// the item held its answer in the question. What follows the mark answers it, unless it asks
// again (`…？為什麼？`, a follow-up) or bids (`請舉例說明。`, a part of the question).

const MARK = '？';
const ASKS_AGAIN = /[?？]\s*$/u;
const BIDS_MORE = /^(?:请|請|并|並|且|另外|另|再)/u;

/** The item's line cut after its first full-width question mark, when an answer follows it there; else undefined. */
export function runOnAnswerSplit(p: Paragraph): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  for (const [i, child] of p.children.entries()) {
    // The question is on the item's first line.
    if (child.type === 'break') return undefined;
    if (child.type !== 'text') continue;
    const at = child.value.indexOf(MARK);
    if (child.value.slice(0, at < 0 ? undefined : at).includes('\n')) return undefined;
    if (at < 0) continue;
    const after = child.value.slice(at + 1).replace(/^\s+/, '');
    const answer = [...(after ? [{ ...child, value: after }] : []), ...p.children.slice(i + 1)];
    const said = toString({ type: 'paragraph', children: answer }).trim();
    if (!said || ASKS_AGAIN.test(said) || BIDS_MORE.test(said) || PROMPT_START.test(said) || BID_START.test(said)) return undefined;
    return { question: [...p.children.slice(0, i), { ...child, value: child.value.slice(0, at + 1) }], answer };
  }
  return undefined;
}
