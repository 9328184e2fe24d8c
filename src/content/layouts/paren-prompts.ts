import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// An exam sheet numbers its prompts with brackets (`1）数据库索引的作用是什么？- (5分)`, `（2）…`, `(3)…`)
// and writes each answer as the code block under it, perhaps below a quoted requirement. Those
// prompts are its questions, wherever nothing else in the bank asks. The points a prompt is worth
// (`- (5分)`, `(5 points)`) are marking, not what it asks: they go from the question's words.

// `1）`, `1)`, `（1）`, `(1)` opening a line, and the words after it.
const PAREN_NUMBER = /^\s*(?:[（(]\s*\p{Nd}{1,3}\s*[）)]|\p{Nd}{1,3}\s*[）)])\s*/u;
// What the prompt is worth, closing its line: `- (5分)`, `（10 分）`, `(5 points)`, `[2 marks]`.
const POINTS = /\s*[-–—]?\s*[（(［[]\s*\p{Nd}{1,3}\s*(?:分|点|점|points?|pts?|marks?|Punkte?|баллов|балла|балл|puntos?|pontos?)\s*[)）］\]]\s*$/iu;

/**
 * The prompt a block holds: a one-line paragraph opening with its bracketed number. (`3) …` with a
 * space is a list to markdown, read by the list layouts.)
 */
function promptParagraph(node: RootContent): Paragraph | undefined {
  if (node.type !== 'paragraph') return undefined;
  const text = toString(node);
  const number = PAREN_NUMBER.exec(text);
  return number && !text.includes('\n') && number[0].length < text.trim().length ? node : undefined;
}

/** Whether a code block answers the prompt at `index`: right under it, or under a quote stating what it asks for. */
function answeredByCode(nodes: RootContent[], index: number): boolean {
  let k = index + 1;
  while (nodes[k]?.type === 'blockquote' && k <= index + 2) k++;
  return nodes[k]?.type === 'code';
}

/**
 * The bracket-numbered prompts of an exam sheet, each answered by a code block: at least two, and
 * only where nothing else in the bank is a question (`asked` says what else is). Empty otherwise.
 */
export function parenPrompts(nodes: RootContent[], asked: (node: RootContent, i: number) => boolean): Set<RootContent> {
  const found = new Set<RootContent>();
  for (let i = 0; i < nodes.length; i++) {
    if (promptParagraph(nodes[i]) && answeredByCode(nodes, i)) found.add(nodes[i]);
    else if (asked(nodes[i], i)) return new Set();
  }
  return found.size >= 2 ? found : new Set();
}

/** A prompt's words: its bracketed number and the points it is worth taken off. */
export function promptWords(node: RootContent): PhrasingContent[] {
  const paragraph = promptParagraph(node)!;
  const children = [...paragraph.children];
  const first = children[0];
  if (first?.type === 'text') children[0] = { ...first, value: first.value.replace(PAREN_NUMBER, '') };
  const last = children[children.length - 1];
  if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.replace(POINTS, '') };
  return children.filter((c) => c.type !== 'text' || c.value !== '');
}

/**
 * In an exam sheet of prompts, a part with no prompt that holds a code block (`### 4. 表关联操作（共15分）`
 * over its task and the answer's listing) is one task: the part's title asks it. True for such a heading at `index`.
 */
export function taskPart(nodes: RootContent[], index: number, prompts: Set<RootContent>): boolean {
  if (!prompts.size || nodes[index].type !== 'heading') return false;
  let code = false;
  for (let k = index + 1; k < nodes.length && nodes[k].type !== 'heading'; k++) {
    if (prompts.has(nodes[k])) return false;
    code ||= nodes[k].type === 'code';
  }
  return code;
}

/** A part's title as a task's words: its number (`4.`) and the points it is worth taken off. */
export function taskWords(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.replace(/^\s*\p{Nd}{1,3}\s*[.、．)）]\s*/u, '') };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(POINTS, '') };
  return out.filter((c) => c.type !== 'text' || c.value !== '');
}
