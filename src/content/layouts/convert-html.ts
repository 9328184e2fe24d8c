import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Diagnostic } from '../../model/deck.js';
import { COMMENT_META } from '../meta-line.js';
import { htmlToMdast, inlineHtmlToMdast, paragraphHtmlBlocks, type DroppedHtml } from './html-to-mdast.js';
import { boxedDetails } from './details-boxes.js';
import { withoutAnswerSummaries } from './answer-summaries.js';

/** A comment holding a question's tags or level (content/meta-line.ts reads it). */
const isMetaComment = (value: string): boolean => COMMENT_META.test(value);

/** An HTML comment alone: a note to the author, hidden on every site that shows markdown. */
export const isComment = (value: string): boolean => /^\s*<!--[\s\S]*?-->\s*$/.test(value);

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Turns every raw HTML node of a tree into markdown nodes in place (see htmlToMdast), so that
 * safe HTML prints as its markdown equivalent and the rest goes through the same sanitizer as
 * any answer. What could not be printed is reported as a warning at its line.
 */
export function convertHtml(tree: Root, dropped: DroppedHtml[]): void {
  convertChildren(tree, dropped);
}

/**
 * One warning per kind of HTML that was left out, at its first line, naming every other line: a
 * page's adverts or widgets repeat the same scripts between its questions, six times one warning.
 */
export function reportDropped(dropped: DroppedHtml[], file: string, diagnostics: Diagnostic[]): void {
  const lines = new Map<string, number[]>();
  for (const d of dropped) lines.set(d.tag, [...(lines.get(d.tag) ?? []), d.line]);
  for (const [tag, [line, ...more]] of lines) {
    const why = more.length ? ` ${more.length + 1} times (lines ${[line, ...more].join(', ')}): it cannot be printed` : ' (it cannot be printed)';
    diagnostics.push({ file, line, severity: 'warning', code: 'html-left-out', message: `raw HTML <${tag}> left out${why} — write the content as markdown` });
  }
}

function convertChildren(parent: Parent, dropped: DroppedHtml[]): void {
  if (PHRASING_PARENTS.has(parent.type)) {
    const phrasing = inlineHtmlToMdast(parent.children as PhrasingContent[], parent.position, dropped);
    if (phrasing) parent.children = phrasing;
    return;
  }
  const out: RootContent[] = [];
  // A fold right under a question, its summary only "Show answer" or "答案", holds the answer: the summary goes.
  const given = parent.type === 'root' ? withoutAnswerSummaries(parent.children as RootContent[]) : (parent.children as RootContent[]);
  // A `<details>` left in an answer (`<summary>Example</summary>`) is a titled box of it, read before its pieces of HTML are.
  for (const child of boxedDetails(given, dropped)) {
    if (child.type === 'html') {
      if (!isComment(child.value)) out.push(...htmlToMdast(child.value, child.position, dropped));
      // A question's metadata comment (`<!-- tags: (css) -->`) stays for the parser to read; it prints nothing.
      else if (parent.type === 'root' && isMetaComment(child.value)) out.push(child);
      continue;
    }
    // Code, a list or a table made by HTML run on after a paragraph's words: blocks of their own.
    const blocks = child.type === 'paragraph' ? paragraphHtmlBlocks(child, dropped) : undefined;
    if (blocks) {
      out.push(...blocks);
      continue;
    }
    if ('children' in child) convertChildren(child as Parent, dropped);
    // A paragraph of HTML that prints nothing (an advert's empty slot) is no paragraph.
    if (child.type === 'paragraph' && !child.children.some((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break')) continue;
    out.push(child);
  }
  parent.children = out as Parent['children'];
}
