import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { plainText } from '../text.js';
import { splitPrompt } from './question-prompt.js';
import { unansweredBody } from './unanswered-body.js';

/**
 * Question headings of a foreign bank without the colon they end with (`## 10. npm 模块安装机制：`,
 * `Écrivez une requête … :`) where nothing under them is taken as what they ask: the colon led
 * into the answer, and printed over no list it read as cut off. A question whose options or
 * listing print with it (`Describe what each of these tools is for:` over `- grep`) keeps it.
 */
export function closingColons(nodes: RootContent[]): void {
  nodes.forEach((node, i) => {
    if (node.type !== 'heading' || node.depth !== 3) return;
    const end = nodes.findIndex((n, k) => k > i && n.type === 'heading' && n.depth <= 3);
    const body = nodes.slice(i + 1, end < 0 ? undefined : end);
    if (!asksOverNothing(node, body)) return;
    node.children = withoutClosingColon(node.children);
  });
}

/** Nothing under the question is printed with it as what it asks (as parse-deck splits a foreign question's body). */
function asksOverNothing(heading: Heading, body: RootContent[]): boolean {
  const held = unansweredBody(body, plainText(heading));
  if (held && !held.answer.length) return !held.prompt.length;
  return !splitPrompt(held?.answer ?? body).prompt.length;
}

/**
 * Phrasing without the colon ending it, kept where the colon is the text's own: in code (`finally:`
 * in backticks) or in a heading with another colon before it (`try: except: else: finally:`).
 */
export function withoutClosingColon(children: PhrasingContent[]): PhrasingContent[] {
  const text = plainText({ type: 'paragraph', children });
  if (!/[:：]$/u.test(text) || (text.match(/[:：]/gu) ?? []).length !== 1) return children;
  const stripped = stripLast(children);
  return stripped && plainText({ type: 'paragraph', children: stripped }) ? stripped : children;
}

/** The phrasing with the colon ending its last text taken off, into bold or emphasis; undefined when it ends in another kind (code). */
function stripLast(children: PhrasingContent[]): PhrasingContent[] | undefined {
  let end = children.length - 1;
  // Spaces after the colon (`Explain this: `) are no words.
  while (end > 0 && children[end].type === 'text' && !(children[end] as { value: string }).value.trim()) end--;
  const last = children[end];
  const before = children.slice(0, end);
  if (last?.type === 'text') return [...before, { ...last, value: last.value.replace(/\s*[:：]\s*$/u, '') }];
  if (last?.type === 'strong' || last?.type === 'emphasis') {
    const inner = stripLast(last.children);
    return inner ? [...before, { ...last, children: inner }] : undefined;
  }
  return undefined;
}
