import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { QUESTION_WORDS, TASK_WORD } from './labels.js';

// A bank that heads each question with its number only (`## Question 3`, `## 第 3 题`) asks it in
// the paragraph under the heading and folds the answer below (`<details><summary>Answer 3</summary>`).
// Read as written, each number headed a section of one question (or the question's words became a
// section's title and "Answer 3" its question). We number questions ourselves, so the heading goes
// and the paragraph is the question's heading, at the question level (`###`) or below.

const NUMBER_ONLY = new RegExp(`^\\s*(?:第\\s*\\p{Nd}{1,4}\\s*[题題问問]|(?:${QUESTION_WORDS})\\s*(?:No\\.?|#)?\\s*\\p{Nd}{1,4})\\s*[:：.]?\\s*$`, 'iu');

const numberOnly = (node: RootContent | undefined): node is Heading => node?.type === 'heading' && NUMBER_ONLY.test(toString(node));

/** The blocks with each heading that only numbers a question, over the paragraph asking it and a `<details>` answer, as a heading of that paragraph's words (two such at least). */
export function numberedQuestionLabels(nodes: RootContent[]): RootContent[] {
  // Only over a folded answer: a bank writing `## Question 1` over labelled lines (`**Question:** …`) is read by its labels.
  const folded = (node: RootContent | undefined): boolean => node?.type === 'html' && /^\s*<details[\s>]/i.test(node.value);
  const asking = (i: number): boolean => numberOnly(nodes[i]) && nodes[i + 1]?.type === 'paragraph' && folded(nodes[i + 2]);
  if (nodes.filter((_, i) => asking(i)).length < 2) return nodes;
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const words = nodes[i + 1];
    const task = numberOnly(node) ? taskOnly(words) : undefined;
    if (asking(i) && node.type === 'heading' && words.type === 'paragraph') {
      out.push({ ...node, depth: Math.max(node.depth, 3) as Heading['depth'], children: words.children, position: { start: node.position!.start, end: words.position!.end } });
      i++;
    } else if (task && node.type === 'heading') {
      // The number over a box holding only its task (`<summary>Task 5</summary>` over the task, no answer): the task is
      // the question, open, said at its line. Left as it was, the number headed a section and the task was its introduction.
      out.push({ ...node, depth: Math.max(node.depth, 3) as Heading['depth'], children: [{ type: 'text', value: task }], position: { start: node.position!.start, end: words.position!.end } });
      i++;
    } else out.push(node);
  }
  return out;
}

// A box that only names the task or its number (`<details><summary>Task 5</summary>Print …</details>`), one piece of HTML.
const TASK_BOX = /^\s*<details[^>]*>\s*<summary[^>]*>([^<]*)<\/summary>([^<]*(?:<br\s*\/?>[^<]*)*)<\/details>\s*$/i;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** The words of a box holding only a task, its summary a task or number label; undefined for any other block. */
function taskOnly(node: RootContent | undefined): string | undefined {
  const m = node?.type === 'html' ? TASK_BOX.exec(node.value) : null;
  if (!m || !(TASK_WORD.test(m[1]) || NUMBER_ONLY.test(m[1]))) return undefined;
  const words = m[2]
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim();
  return words || undefined;
}
