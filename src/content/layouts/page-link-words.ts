import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { Diagnostic } from '../../model/deck.js';

// A bank copied from a web page keeps the words of the page's links as plain lines
// (`View other interview questions`, `Next question →`). On paper they lead nowhere, and read as a
// line over a question list they named a section. Such a line outside any question is left out, said.

const LINK_WORDS =
  /^(?:(?:view|see|browse|show|explore|read)\s+(?:all|other|more)\b[\p{L}\s-]{0,40}\b(?:questions?|topics?|pages?|articles?|posts?)|(?:next|previous|prev)\s+(?:question|page|topic|article)s?)\s*[.»›→>]*$/iu;

/** A paragraph of one short line, no links, in the words of a link to another page. */
function linkWords(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.some((c) => c.type !== 'text')) return false;
  const text = toString(node).trim();
  return !text.includes('\n') && text.split(/\s+/).length <= 8 && LINK_WORDS.test(text);
}

/** The blocks without such lines standing outside a question (no `###` heading above them), each left out with a warning. */
export function withoutPageLinkWords(nodes: RootContent[], file: string, diagnostics: Diagnostic[]): { nodes: RootContent[]; left: number } {
  let inQuestion = false;
  const kept = nodes.filter((node) => {
    if (node.type === 'heading') inQuestion = node.depth >= 3;
    if (inQuestion || !linkWords(node)) return true;
    const message = `"${toString(node).trim()}" left out — it is the words of a link to another page, which leads nowhere on paper`;
    diagnostics.push({ file, line: node.position?.start.line ?? 1, severity: 'warning', code: 'left-out', message });
    return false;
  });
  return { nodes: kept, left: nodes.length - kept.length };
}
