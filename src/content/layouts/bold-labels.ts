import { toString } from 'mdast-util-to-string';
import type { PhrasingContent, RootContent } from 'mdast';
import { ANSWER_WORD, QUESTION_WORD } from './labels.js';

/** A bold run that is a label word alone, no colon (`**Питання**`, `**Answer**`). */
const bareLabel = (node: PhrasingContent | undefined): boolean => {
  if (node?.type !== 'strong') return false;
  const text = toString(node).trim();
  return !/[:：]$/.test(text) && text.length > 1 && (QUESTION_WORD.test(text) || ANSWER_WORD.test(text));
};

/** Text that goes on after a label on the same line (`    Що таке …?`), or on the next after a hard break (`**Question**  ⏎What …?`). */
const goesOn = (node: PhrasingContent | undefined, after?: PhrasingContent): boolean =>
  (node?.type === 'text' && /^[ \t]+\S/.test(node.value)) || (node?.type === 'break' && after?.type === 'text' && /^\s*\S/.test(after.value));

/** Whether child `i` opens a line of its paragraph. */
function lineStart(children: PhrasingContent[], i: number): boolean {
  const previous = children[i - 1];
  return i === 0 || previous.type === 'break' || (previous.type === 'text' && /\n[ \t]*$/.test(previous.value));
}

/**
 * Labels written in bold with no colon, the text after them on the same line (`**Питання**    Що таке …?`
 * over `**Відповідь**  …`), read as the labels they are: the colon a label carries goes in, so the
 * pair reads as `Питання: …` over `Відповідь: …`. Only a run that is a label word and nothing else.
 */
export function boldLabels(nodes: RootContent[]): RootContent[] {
  return nodes.map((node, i) => {
    // `**Question**` alone over the code it asks about: a label too.
    if (node.type === 'paragraph' && node.children.length === 1 && bareLabel(node.children[0]) && QUESTION_WORD.test(toString(node)) && nodes[i + 1]?.type === 'code') return { ...node, children: [{ type: 'text', value: `${toString(node).trim()}:` }] };
    if (node.type !== 'paragraph' || !node.children.some((c, i) => bareLabel(c) && goesOn(node.children[i + 1], node.children[i + 2]) && lineStart(node.children, i))) return node;
    const children = node.children.map((c, i): PhrasingContent => {
      if (c.type !== 'strong' || !bareLabel(c) || !goesOn(node.children[i + 1], node.children[i + 2]) || !lineStart(node.children, i)) return c;
      const last = c.children[c.children.length - 1];
      return { ...c, children: last?.type === 'text' ? [...c.children.slice(0, -1), { ...last, value: `${last.value.trimEnd()}:` }] : [...c.children, { type: 'text', value: ':' }] };
    });
    return { ...node, children };
  });
}
