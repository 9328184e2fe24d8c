import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { CJK_TASK, PROMPT_START } from './list-items.js';
import { linkList } from './reading-list.js';

// A bank's coding section (`## program`) sets tasks, not questions: `1. 用 HTTP 方法寫一個 … 的 API`,
// `2. 實作一個 debounce 函式`, each with its answer (a note, code) under it. No item asks, so the
// list read as the section's introduction. In a bank of question lists, such a list is asked too.

/** A list of two items or more, each opening with a short line (its answer may follow on the next), half of them at least setting a task. */
export function taskList(node: RootContent): boolean {
  if (node.type !== 'list' || node.children.length < 2 || linkList(node)) return false;
  const lines = node.children.map((item) => (item.children[0]?.type === 'paragraph' ? toString(item.children[0]).trim().split('\n')[0] : ''));
  if (!lines.every((line) => line && line.length <= 200)) return false;
  return lines.filter((line) => PROMPT_START.test(line) || CJK_TASK.test(line)).length * 2 >= lines.length;
}
