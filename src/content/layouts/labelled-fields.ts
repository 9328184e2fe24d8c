import { toString } from 'mdast-util-to-string';
import type { List, RootContent } from 'mdast';
import { readMarks } from './answer-marks.js';
import { hasCardStart, markCardStart } from './card-start.js';
import { QUESTION_LABEL } from './labels.js';
import { navigationKind } from './navigation.js';
import type { LineSpan } from './types.js';

/** An item that opens with a bold label: `**Solution**: …`, `**Topics:** …`. */
const labelledItem = (item: List['children'][number]): boolean => {
  const lead = item.children[0];
  if (lead?.type !== 'paragraph' || lead.children[0]?.type !== 'strong') return false;
  const label = toString(lead.children[0]).trim();
  const after = lead.children[1]?.type === 'text' ? lead.children[1].value : '';
  return label.length <= 40 && (/[:：]$/.test(label) || /^\s*[:：]/.test(after));
};

/**
 * A question's fields written as a list (`- **Question**: …⏎- **Topics**: …⏎- **Solution**: …`):
 * its items as paragraphs, so the labels read as they do on paragraphs of their own.
 */
function fieldParagraphs(body: RootContent[]): RootContent[] {
  const [first, ...rest] = body;
  if (first?.type !== 'list' || first.children.length < 2 || !first.children.every(labelledItem)) return body;
  if (!QUESTION_LABEL.test(toString(first.children[0].children[0]))) return body;
  return [...first.children.flatMap((item) => item.children), ...rest];
}

/**
 * A bank read as ours (`###` questions) that writes under each heading what is asked and how it
 * is answered as labelled fields (`**Question:** …` then `**Answer:**` or `**Solution:**`): each
 * such question is read as the foreign layouts read theirs (answer-marks.ts), the heading and
 * the asked words joined, the answer's label taken off and the card made from the answer.
 */
export function labelledQuestions(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    out.push(node);
    if (node.type !== 'heading' || node.depth !== 3) continue;
    let end = i + 1;
    while (end < nodes.length && !(nodes[end].type === 'heading' && (nodes[end] as { depth: number }).depth <= 3)) end++;
    const body = fieldParagraphs(nodes.slice(i + 1, end));
    if (body[0]?.type !== 'paragraph' || !QUESTION_LABEL.test(toString(body[0]))) continue;
    const marked = readMarks(node, body);
    out[out.length - 1] = marked.heading;
    // The answer starts where its label stood (first, when nothing stands between): a card is made from it, as asked.
    const answer = hasCardStart(marked.body) || !marked.body.length ? marked.body : [markCardStart(marked.body[0]), ...marked.body.slice(1)];
    out.push(...answer);
    i = end - 1;
  }
  return out;
}

/** Navigation outside any question: a table of contents, in-page links, badges. */
const OUTSIDE_QUESTIONS = new Set(['table of contents', 'in-page links', 'badges', 'back-to-top link']);

/**
 * A bank read as ours, without its navigation: a table of contents of in-page links (under a
 * `## Table of Contents` of its own, or above the first section), badges, "back to top" links
 * between sections. On paper they lead nowhere, and the guide has contents of its own. A heading
 * left over nothing goes with them. Answers keep their links. Where what went stood is returned.
 */
export function withoutNavigation(nodes: RootContent[]): { nodes: RootContent[]; lines: LineSpan[] } {
  const lines: LineSpan[] = [];
  const span = (from: RootContent, to: RootContent): LineSpan => ({ from: from.position?.start.line ?? 1, to: to.position?.end.line ?? from.position?.start.line ?? 1 });
  const out: RootContent[] = [];
  let inQuestion = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'heading') inQuestion = node.depth >= 3;
    if (node.type === 'heading' && node.depth <= 2) {
      let end = i + 1;
      while (end < nodes.length && nodes[end].type !== 'heading') end++;
      const content = nodes.slice(i + 1, end);
      const next = nodes[end];
      // `## Table of Contents` over links only, and a section (not a question) after it.
      if (content.length && content.every((n) => OUTSIDE_QUESTIONS.has(navigationKind(n) ?? '')) && !(next?.type === 'heading' && next.depth === 3)) {
        lines.push(span(node, content[content.length - 1]));
        i = end - 1;
        continue;
      }
    }
    if (!inQuestion && node.type !== 'heading' && OUTSIDE_QUESTIONS.has(navigationKind(node) ?? '')) {
      lines.push(span(node, node));
      continue;
    }
    out.push(node);
  }
  return { nodes: out, lines };
}
