import { toString } from 'mdast-util-to-string';
import type { Paragraph, RootContent } from 'mdast';
import { cutParagraph, lineCuts } from './cut-paragraph.js';

// `1⇥What is React?`, `12  What is JSX?`: a number, a tab or two spaces, the question (as a column copied from a sheet).
const NUMBERED_LINE = /^\s*([0-9]{1,4})(?:\t+|\s{2,}|\s*[.)]\s+)(?=\S)/;
const ASKS = /[?？؟\u037e]\s*\**\s*$/;

/**
 * A paragraph whose lines are numbered questions, one a line, counting up (`1⇥What is React?⏎2⇥…`),
 * as a column of questions pasted from a spreadsheet reads: its lines, each as a paragraph at its
 * own line, numbers taken off. Most lines must ask.
 */
export function numberedLines(node: RootContent): Paragraph[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = cutParagraph(node, lineCuts(node.children));
  if (lines.length < 2) return undefined;
  const numbers = lines.map((line) => NUMBERED_LINE.exec(toString(line))?.[1]);
  if (numbers.some((n, i) => n === undefined || (i > 0 && Number(n) !== Number(numbers[i - 1]) + 1))) return undefined;
  if (lines.filter((line) => ASKS.test(toString(line))).length * 2 < lines.length) return undefined;
  return lines.map((line) => {
    const [first, ...rest] = line.children;
    if (first?.type !== 'text') return line;
    return { ...line, children: [{ ...first, value: first.value.replace(NUMBERED_LINE, '') }, ...rest] };
  });
}
