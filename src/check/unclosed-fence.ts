import type { Code, Nodes, Root } from 'mdast';
import type { Finding } from './finding.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that reads as a heading of the deck: a question (`### …?`) or a section or deeper heading. */
const HEADING_LIKE = /^ {0,3}(#{1,6}\s+\S.*\?\s*$|#{2,6}\s+\S)/;

/**
 * A fenced code block never closed runs to the end of its container, the file for a top-level
 * one: every question after it is read as code and lost from the deck. Markdown allows it, so
 * the parse does not fail; where the block holds lines that look like headings, that is what
 * happened, and the check says where the block opens.
 */
export function checkUnclosedFences(file: string, text: string, tree: Root): Finding[] {
  const findings: Finding[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'code') {
      const swallowed = headingsInUnclosed(node, text);
      if (swallowed.length) {
        const line = node.position!.start.line;
        const first = line + swallowed[0];
        findings.push({
          file,
          line,
          level: 'warning',
          code: 'unclosed-code',
          message: `code block is never closed, so ${swallowed.length} heading${swallowed.length === 1 ? '' : 's'} after it (from line ${first}) ${swallowed.length === 1 ? 'is' : 'are'} read as code — close the block with its fence where the code ends`,
        });
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return findings;
}

/** Lines (counted from the block's first) that look like headings, when the fenced block has no closing fence; else none. */
function headingsInUnclosed(node: Code, text: string): number[] {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return [];
  const lines = text.slice(start.offset, end.offset).split(/\r?\n/);
  const opening = FENCE.exec(lines[0])?.[1];
  if (!opening) return []; // indented code
  const closing = new RegExp(`^\\s*(?:[>*+-]\\s*|\\d+[.)]\\s*)*${opening[0] === '`' ? '`' : '~'}{${opening.length},}\\s*$`);
  if (lines.length > 1 && closing.test(lines[lines.length - 1])) return [];
  return lines.flatMap((line, i) => (i > 0 && HEADING_LIKE.test(line) ? [i] : []));
}
