import type { Code, Parent, Root } from 'mdast';
import { blocksAt, replaceBlocks } from './replace-blocks.js';

// Banks indent their answers deeper than markdown expects (`1.  Question?` over `    Answer:` and
// the text eight spaces in): markdown reads the second paragraph of such an answer as an indented
// code block. Text that reads as sentences is put back as paragraphs, and code indented as a
// whole loses the indent it shares.

/** Characters that sentences rarely hold and code nearly always does. */
const CODE_MARKS = /[{}();=<>$|`\\[\]#@*_]|^\s*[-+]\s|\b\w+\.\w+\(|\/\w/m;
/** A line of prose: words, ending like a sentence on the block's last line. */
const SENTENCE_END = /[.!?…:]["')\]]*$/;

/** Whether an unfenced block's text is sentences (several words a line, no code marks, ending like a sentence). */
function isProse(value: string): boolean {
  const lines = value.split('\n').filter((l) => l.trim());
  if (!lines.length || CODE_MARKS.test(value)) return false;
  const words = value.trim().split(/\s+/).length;
  // The first line opens with a word; a line the text wraps onto may open with a number or a quote ("1991 and …").
  return words >= 6 && SENTENCE_END.test(lines[lines.length - 1].trim()) && /^\s*\p{L}/u.test(lines[0]) && lines.every((l) => /^\s*[\p{L}\p{N}"'“‘(]/u.test(l));
}

// A bullet a web page draws, copied as text (`• SQL stands for …`, `◦ INNER JOIN: …`): no list marker to markdown.
const DRAWN_BULLET = /^( *)[•◦▪‣∙]\s+(?=\S)/u;

/**
 * A list copied from a web page as text, each point opening with the bullet it was drawn with and
 * indented (`    • SQL commands fall into four kinds:⏎      • DDL: …`), which markdown reads as
 * code: as a markdown list, nesting kept by the indent. Undefined when the block does not open so.
 */
function drawnList(value: string): string | undefined {
  const lines = dedented(value).split('\n');
  if (!DRAWN_BULLET.test(lines[0])) return undefined;
  const depths = [...new Set(lines.flatMap((l) => (DRAWN_BULLET.exec(l)?.[1].length ?? -1) >= 0 ? [DRAWN_BULLET.exec(l)![1].length] : []))].sort((a, b) => a - b);
  return lines
    .map((line) => {
      const bullet = DRAWN_BULLET.exec(line);
      if (!bullet) return line.trim() ? `${'  '.repeat(depths.length)}${line.trim()}` : line;
      return `${'  '.repeat(depths.indexOf(bullet[1].length))}- ${line.slice(bullet[0].length)}`;
    })
    .join('\n');
}

/** The block's lines without the indent they all share. */
function dedented(value: string): string {
  const lines = value.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return indent > 0 && Number.isFinite(indent) ? lines.map((l) => l.slice(indent)).join('\n') : value;
}

/** An indented code block (no fence in the source at its start). */
function indentedCode(node: Code, source: string): boolean {
  const at = node.position?.start.offset;
  return node.lang == null && at !== undefined && !/^\s*(?:```|~~~)/.test(source.slice(at, at + 8));
}

/** A block opening with a point drawn with its bullet. */
const drawnPoints = (node: Code): boolean => DRAWN_BULLET.test(dedented(node.value));

/**
 * Indented code blocks of drawn points on lines one after the other, which markdown leaves as two
 * where a list ended just before (`    • Lead-in:` then `      • its point`): one block, as in the
 * file, so the points drawn under a lead-in nest under it.
 */
function joinSplitCode(parent: Parent, source: string): void {
  for (let i = parent.children.length - 1; i > 0; i--) {
    const [before, node] = [parent.children[i - 1], parent.children[i]];
    if (before.type === 'code' && node.type === 'code' && indentedCode(before, source) && indentedCode(node, source) && node.position && before.position && node.position.start.line === before.position.end.line + 1 && drawnPoints(before) && drawnPoints(node)) {
      parent.children.splice(i - 1, 2, { ...before, value: `${before.value}\n${node.value}`, position: { start: before.position.start, end: node.position.end } });
    }
  }
  for (const child of parent.children) if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') joinSplitCode(child as Parent, source);
}

/**
 * Indented code blocks that are prose become paragraphs again (parsed by `parse`, at their
 * lines); other indented code loses the indent all its lines share.
 */
export function restoreIndentedProse(tree: Root, source: string, parse: (text: string) => Root): Root {
  joinSplitCode(tree, source);
  return replaceBlocks(tree, (node) => {
    if (node.type !== 'code' || !indentedCode(node, source)) return undefined;
    const drawn = drawnList(node.value);
    if (drawn !== undefined) return blocksAt(drawn, parse, (node.position?.start.line ?? 1) - 1, node.position?.start.offset ?? 0);
    if (!isProse(node.value)) return [{ ...node, value: dedented(node.value) }];
    // The block's text starts on its own first line.
    return blocksAt(dedented(node.value), parse, (node.position?.start.line ?? 1) - 1, node.position?.start.offset ?? 0);
  });
}
