import type { Html, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdownWhole } from '../markdown.js';
import { blocksAt } from '../replace-blocks.js';
import { ANSWER_WORD, SHOW_ONLY } from './labels.js';

// A markdown heading typed on its own line inside a piece of HTML (`<details>⏎### Answer⏎…`, no blank line between).
const HEADING_LINE = /^ {0,3}#{1,6}[ \t]+\S/m;
// A line of tags (`<details><summary>Show</summary>`, `</details>`): HTML, not markdown.
const TAG_LINE = /^\s*<[^\n]*>\s*$/;
// The end of a piece of HTML that opens a block and says nothing yet: `<details>`, `<details><summary>Show</summary>`.
const OPENS = /<details\b[^>]*>\s*(?:<summary\b[^>]*>([^<]*)<\/summary>)?\s*$/i;
// The end of a piece that opens a summary, its words still to come (`<details>⏎<summary>` over `### Answer`).
const OPENS_SUMMARY = /<summary\b[^>]*>\s*$/i;

/** A piece of HTML at a line of its node's text. */
function htmlPiece(node: Html, value: string, linesBefore: number): Html {
  const start = node.position?.start.line ?? 1;
  const line = start + linesBefore;
  return { type: 'html', value, position: { start: { line, column: 1 }, end: { line: line + (value.match(/\n/g)?.length ?? 0), column: 1 } } };
}

/**
 * A `<details>` block typed with no blank line between its tags and the markdown inside
 * (`<details><summary>Show</summary>⏎### Answer⏎A closure is …⏎</details>`): markdown reads it all
 * as one piece of HTML, so the heading printed as "### Answer" run into the summary. Its lines of
 * tags stay HTML; the markdown between them is parsed, at its lines in the file.
 */
function splitPiece(node: RootContent): RootContent[] {
  if (node.type !== 'html' || !/^\s*<details\b/i.test(node.value) || !HEADING_LINE.test(node.value) || /<(?:pre|code)\b/i.test(node.value)) return [node];
  const lines = node.value.split('\n');
  const out: RootContent[] = [];
  let from = 0;
  while (from < lines.length) {
    const tags = TAG_LINE.test(lines[from]) || !lines[from].trim();
    let to = from + 1;
    while (to < lines.length && (TAG_LINE.test(lines[to]) || !lines[to].trim()) === tags) to++;
    const text = lines.slice(from, to).join('\n');
    if (tags) {
      if (text.trim()) out.push(htmlPiece(node, text, from));
    } else out.push(...blocksAt(text, parseMarkdownWhole, (node.position?.start.line ?? 1) - 1 + from, 0));
    from = to;
  }
  return out;
}

/** A heading that is only an answer's label (`### Answer`, `#### 答案`). */
const labelHeading = (node: RootContent | undefined): boolean => node?.type === 'heading' && ANSWER_WORD.test(toString(node));

/**
 * `<details>` blocks whose heading says what they hold, as banks write a "show answer" fold:
 * the heading in the summary (`<summary>⏎⏎### Answer⏎⏎</summary>`), or an answer's label heading
 * right under a summary that only says "Show" (or under none). The heading's words become the
 * summary, so the fold reads as the answer it is, never "Show" over a heading "Answer". Typed
 * with no blank lines, the block is first parted into its tags and its markdown.
 */
export function detailsHeadings(nodes: RootContent[]): RootContent[] {
  return titledFolds(
    nodes.flatMap((node) => {
      const pieces = splitPiece(node);
      // Parted only where no heading is left standing: one might change how the bank is read.
      const titled = pieces.length > 1 ? titledFolds(pieces) : pieces;
      return titled.some((n) => n.type === 'heading') ? [node] : titled;
    }),
  );
}

/** The nodes with each fold's heading made its summary (or, a label under a question, left out). */
function titledFolds(given: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < given.length; i++) {
    const [node, heading, after] = [given[i], given[i + 1], given[i + 2]];
    if (node.type !== 'html' || heading?.type !== 'heading') {
      out.push(node);
      continue;
    }
    const words = toString(heading).trim().replace(/&/g, '&amp;').replace(/</g, '&lt;');
    if (OPENS_SUMMARY.test(node.value) && after?.type === 'html' && /^\s*<\/summary\s*>/i.test(after.value)) {
      // The summary is the heading's words; what follows its closing tag stays.
      out.push({ ...node, value: `${node.value}${words}</summary>` });
      const rest = after.value.replace(/^\s*<\/summary\s*>/i, '');
      if (rest.trim()) out.push({ ...after, value: rest });
      i += 2;
      continue;
    }
    const opens = OPENS.exec(node.value);
    const summary = opens?.[1]?.trim() ?? '';
    if (opens && labelHeading(heading)) {
      // `<summary>What is a closure?</summary>⏎### Answer`: the summary asks, the heading only labels what answers it.
      if (/[?？]$/u.test(summary)) out.push(node);
      else if (SHOW_ONLY.test(summary)) out.push({ ...node, value: node.value.slice(0, opens.index) + `<details><summary>${words}</summary>` });
      else out.push(node, heading);
      i += 1;
      continue;
    }
    out.push(node);
  }
  return out;
}
