import type { Node, Point } from 'unist';
import type { Root } from 'mdast';
import { fenceLeftOpen } from './fences.js';

/** One piece of a markdown file that parses the same on its own as in place. */
export interface MarkdownPiece {
  text: string;
  /** Lines before the piece in the whole file (add to a node's line). */
  lineOffset: number;
  /** Characters before the piece in the whole file (add to a node's offset). */
  charOffset: number;
}

/** Pieces are cut at headings, but only once they hold at least this many lines (by default). */
const MIN_PIECE_LINES = 60;

// Link or footnote definitions reach across headings (they are document-wide).
const NOT_SPLITTABLE = /\]:/;
// Raw HTML: a heading right under `<div>` (no blank line between) belongs to the HTML block, and
// one inside `<!-- … -->`, `<pre>`, `<script>`… up to its end marker. With HTML in the file, cuts
// are made only after a blank line and outside those blocks (CommonMark's HTML block kinds 1–5).
const HTML_AT_MARGIN = /^ {0,3}</m;
const HTML_SPANS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** The end marker of an HTML block that this line opens and does not close, if any. */
function openHtmlSpan(line: string): RegExp | undefined {
  for (const [open, close] of HTML_SPANS) {
    const m = open.exec(line);
    if (m) return close.test(line.slice(m[0].length)) ? undefined : close;
  }
  return undefined;
}
const HEADING_AT_MARGIN = /^#{1,6}(?:[ \t]|$)/;
// A list item at the margin that opens with a heading (`12. ### Question`, the layout of many
// banks) after a blank line: it ends every open block too, so the long list is cut there. The
// pieces then hold one list each where the whole file holds one list: the layout reads them alike.
const LIST_HEADING_AT_MARGIN = /^(?:\d{1,9}[.)]|[-*+])[ \t]+#{1,6}[ \t]/;
const FENCE = /^ {0,3}(`{3,}|~{3,}|\${2,})(.*)$/;

/**
 * Cuts markdown before headings that start at the left margin outside fenced code or maths:
 * such a line always ends every open block, so each piece parses exactly as it would in the
 * whole file. Parsing one big document costs more than linear time in micromark (about 3 s for
 * 1,000 questions, 37 s for 5,000); pieces keep it linear. Returns undefined when the file uses
 * something that spans pieces (definitions, front matter left open): parse it whole.
 */
export function splitAtHeadings(text: string, minLines = MIN_PIECE_LINES): MarkdownPiece[] | undefined {
  if (NOT_SPLITTABLE.test(text)) return undefined;
  const html = HTML_AT_MARGIN.test(text);
  // Raw HTML's blocks run across headings in more ways than the cuts below follow: with it, pieces
  // stay long, as the property tests check them, and a shorter length asked for is not taken.
  const least = html ? MIN_PIECE_LINES : minLines;
  let htmlEnd: RegExp | undefined;
  const lines = text.split('\n');
  let start = 0;
  if (/^---[ \t]*$/.test(lines[0] ?? '')) {
    // Front matter stays in the first piece; one that is never closed is the parser's to report.
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
    if (close < 0) return undefined;
    start = close + 1;
  }
  const pieces: MarkdownPiece[] = [];
  let pieceLine = 0;
  let pieceChar = 0;
  let char = 0;
  let fence: { mark: string; length: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i >= start) {
      if (fence) {
        const m = FENCE.exec(line);
        if (m && m[1][0] === fence.mark && m[1].length >= fence.length && m[2].trim() === '') fence = undefined;
      } else if (htmlEnd) {
        if (htmlEnd.test(line)) htmlEnd = undefined;
      } else if (html && (htmlEnd = openHtmlSpan(line))) {
        // inside a comment, <pre>, <script>… until its end marker: no cut
      } else {
        const m = FENCE.exec(line);
        // A backtick fence's info string may not hold a backtick (then the line is inline code).
        if (m && !(m[1][0] === '`' && m[2].includes('`'))) fence = { mark: m[1][0], length: m[1].length };
        // A long list costs micromark far more than linear time, so it is cut at every item.
        else if (((HEADING_AT_MARGIN.test(line) && i - pieceLine >= least && (!html || lines[i - 1]?.trim() === '')) || (LIST_HEADING_AT_MARGIN.test(line) && lines[i - 1]?.trim() === '' && i > pieceLine))) {
          pieces.push({ text: text.slice(pieceChar, char), lineOffset: pieceLine, charOffset: pieceChar });
          pieceLine = i;
          pieceChar = char;
        }
      }
    }
    char += line.length + 1;
  }
  pieces.push({ text: text.slice(pieceChar), lineOffset: pieceLine, charOffset: pieceChar });
  return pieces;
}

/** Moves every position in a piece's subtree by the piece's place in the whole file. */
export function shiftPositions<T extends Node>(node: T, lines: number, chars: number): T {
  const move = (point: Point) => {
    point.line += lines;
    if (point.offset !== undefined) point.offset += chars;
  };
  const visit = (n: Node) => {
    if (n.position) {
      move(n.position.start);
      move(n.position.end);
    }
    if ('children' in n && Array.isArray(n.children)) for (const child of n.children as Node[]) visit(child);
  };
  visit(node);
  return node;
}

/** The position just past the end of `text`. */
export function endOf(text: string): Point {
  const lines = text.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1, offset: text.length };
}

/**
 * True when the piece's last block is a fenced code or maths block that runs to the end of the
 * piece without its closing fence: in the whole file it would have gone on past the cut.
 */
export function endsInOpenFence(tree: Root, text: string): boolean {
  let node: Node | undefined = tree.children[tree.children.length - 1];
  while (node && 'children' in node && Array.isArray(node.children) && node.children.length) node = (node.children as Node[])[node.children.length - 1];
  if (!node || (node.type !== 'code' && node.type !== 'math')) return false;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end < text.trimEnd().length) return false;
  // Indented code has no fence to leave open: a heading at the margin always ends it.
  return fenceLeftOpen(text.slice(start, end).split('\n'));
}
