import { toString } from 'mdast-util-to-string';
import type { Paragraph, RootContent } from 'mdast';
import { ASKS, PROMPT_START } from './layouts/list-items.js';
import { clip } from './text.js';

/** Lines of an intro that read as questions: how many, the first, and its line in the file. */
export interface AskingLines {
  count: number;
  first: string;
  line: number;
}

// A line longer than this is prose that happens to end with a question, not a listed question.
const MAX_QUESTION = 200;

const asks = (line: string): boolean => line.length >= 3 && line.length <= MAX_QUESTION && ASKS.test(line);

/**
 * The lines of a paragraph that ask as a column of questions does: a one-line paragraph that asks,
 * or the lines of one where most lines ask or bid (`What is X?⏎Explain Y.⏎Why Z?`). A prose
 * paragraph wrapped over lines, a rhetorical question at its end, is none.
 */
function paragraphAsks(p: Paragraph): { text: string; line: number }[] {
  // A link alone names the page it leads to (`[운영체제란?](./os.md)`, where a topic's answers are): it asks nothing here.
  const kept = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kept.length === 1 && kept[0].type === 'link') return [];
  const start = p.position?.start.line ?? 1;
  const lines = toString(p)
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: start + i }))
    .filter((l) => l.text);
  if (lines.length === 1) return asks(lines[0].text) ? lines : [];
  const asking = lines.filter((l) => asks(l.text) || (l.text.length <= MAX_QUESTION && PROMPT_START.test(l.text)));
  return asking.length * 2 > lines.length && asking.some((l) => asks(l.text)) ? asking : [];
}

/**
 * The question lines an intro holds (a deck's before its first section, a section's before its
 * first question): paragraphs of them and list items that ask. Two at least, or one in a
 * paragraph of its own; undefined when there are none, so no prose question raises a warning.
 */
export function askingLines(nodes: RootContent[]): AskingLines | undefined {
  const found: { text: string; line: number }[] = [];
  // A question alone in a paragraph of its own is a listed question; alone in a list, a lead-in more likely.
  let alone = false;
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const asking = paragraphAsks(node);
      alone ||= asking.length === 1 && !toString(node).includes('\n');
      found.push(...asking);
    }
    if (node.type === 'list')
      for (const item of node.children) {
        const head = item.children[0];
        const text = head?.type === 'paragraph' ? toString(head).split('\n')[0].trim() : '';
        if (asks(text)) found.push({ text, line: item.position?.start.line ?? 1 });
      }
  }
  return found.length >= 2 || (found.length === 1 && alone) ? { count: found.length, first: clip(found[0].text, 60), line: found[0].line } : undefined;
}

/** The warning for them, said where the first one stands. */
export const askingMessage = (found: AskingLines, where: string): string =>
  `${found.count} line${found.count === 1 ? '' : 's'} that ask${found.count === 1 ? 's' : ''} stay${found.count === 1 ? 's' : ''} in the ${where} ("${found.first}") — make them questions ("### …?" headings), or end them without "?" if they are prose`;
