import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// A bilingual bank asks each question once a language, one a line, each line opening with its
// language's code (`**EN:** Which layer …?⏎**UK:** На якому рівні …?`). The codes say which
// language a line is in, which its script already shows: the question prints its lines without them.

/** A language code as a label: two or three capitals and a colon (`EN:`, `TH:`, `PT:`). */
const CODE = /^\s*(\p{Lu}{2,3})\s*[:：]\s*$/u;
const CODE_AT_START = /^\s*(\p{Lu}{2,3})\s*[:：]\s+/u;

/** Whether a node ends its line: a break, or text ending in a newline. */
const endsLine = (node: PhrasingContent): boolean => node.type === 'break' || (node.type === 'text' && node.value.endsWith('\n'));

/**
 * The words of a question without the language code each of its lines opens with, when two lines
 * or more each open with a code of their own; else the words as they are.
 */
export function withoutLanguageLabels(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const codes: string[] = [];
  let lines = 1;
  let lineStart = true;
  let trimNext = false;
  // Text is cut at its line ends, so a line typed with its code as text (`EN: …⏎UK: …`) opens a node of its own.
  const pieces = children.flatMap((c): PhrasingContent[] => (c.type === 'text' ? c.value.split(/(?<=\n)/).map((value) => ({ ...c, value })) : [c]));
  for (const child of pieces) {
    let node: PhrasingContent | undefined = child;
    if (lineStart && node.type === 'strong' && CODE.test(toString(node))) {
      codes.push(CODE.exec(toString(node))![1]);
      node = undefined;
      trimNext = true;
    } else if (lineStart && node.type === 'text' && CODE_AT_START.test(node.value)) {
      codes.push(CODE_AT_START.exec(node.value)![1]);
      node = { ...node, value: node.value.replace(CODE_AT_START, '') };
    } else if (trimNext && node.type === 'text') node = { ...node, value: node.value.replace(/^\s+/, '') };
    if (node) {
      trimNext = false;
      out.push(node);
      lineStart = endsLine(node);
      if (lineStart) lines++;
    } else lineStart = false;
  }
  // A last line ending in a newline opens no line after it.
  if (lineStart && out.length && out[out.length - 1].type === 'text') lines--;
  if (lines < 2 || codes.length !== lines || new Set(codes).size !== codes.length) return children;
  // Each language keeps its own line, as a translated question prints under the original.
  return out.flatMap((node): PhrasingContent[] => (node.type === 'text' && node.value.endsWith('\n') ? [...(node.value.trim() ? [{ ...node, value: node.value.replace(/\s+$/, '') }] : []), { type: 'break' }] : [node]));
}
