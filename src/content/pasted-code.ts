import type { Code, Root, RootContent } from 'mdast';
import { replaceBlocks } from './replace-blocks.js';
import { shiftPositions } from './split-markdown.js';

/** The first line of code copied from a chat answer's code box: its language, alone on the line. */
const LANGUAGE = /^[A-Za-z][\w+#.-]{0,19}$/;
/** The box's button text that came along: "Copy code", or "Copy" then "Edit". */
const BUTTONS = [['Copy code'], ['Copy', 'Edit']];
/** A line that starts a question or an answer (a bank's own labels): the code ends before it. */
const LABEL = /^\s*(?:\*\*)?(?:Q(?:uestion)?|A(?:nswer)?)\s*\d*\s*(?:\*\*)?\s*[:.)]/i;

/**
 * Code pasted from a chat answer without its fence: the box's language and "Copy code" button
 * came along as lines of text, and markdown read it all as one run-on paragraph ("dockerfile Copy
 * code FROM nginx COPY ./html …"). Such a paragraph becomes a code block in that language, up to a
 * question or answer label; what follows the label is parsed as the markdown it is. `parse` reads
 * the text after the code (positions are moved to the file's).
 */
export function restorePastedCode(tree: Root, source: string, parse: (text: string) => Root): Root {
  return replaceBlocks(tree, (node) => (node.type === 'paragraph' ? pastedCode(node, source, parse) : undefined));
}

function pastedCode(node: RootContent, source: string, parse: (text: string) => Root): RootContent[] | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  const lines = source.slice(start.offset, end.offset).split('\n');
  if (!LANGUAGE.test(lines[0].trim())) return undefined;
  const buttons = BUTTONS.find((b) => b.every((text, i) => lines[1 + i]?.trim() === text));
  if (!buttons) return undefined;
  const from = 1 + buttons.length;
  let to = from;
  while (to < lines.length && !LABEL.test(lines[to])) to++;
  // An indented paragraph (in a list) is turned only when the code runs to its end: the text after
  // would need its indent taken off, and its positions would no longer match the file.
  if (to === from || (to < lines.length && start.column !== 1)) return undefined;
  const indent = start.column - 1;
  const codeLines = lines.slice(from, to).map((line) => line.replace(new RegExp(`^ {0,${indent}}`), ''));
  const lastLine = start.line + to - 1;
  const code: Code = {
    type: 'code',
    lang: lines[0].trim().toLowerCase(),
    meta: null,
    value: codeLines.join('\n'),
    position: { start, end: { line: lastLine, column: lines[to - 1].length + 1, offset: start.offset + lines.slice(0, to).join('\n').length } },
  };
  if (to === lines.length) return [code];
  const restAt = start.offset + lines.slice(0, to).join('\n').length + 1;
  const rest = parse(lines.slice(to).join('\n')).children.map((child) => shiftPositions(child, start.line + to - 1, restAt));
  return [code, ...rest];
}
