import type { List, Root, RootContent } from 'mdast';
import { blocksAt } from './replace-blocks.js';

// A bank numbering its questions as list items, each answer at the margin under its item, may
// type the next number on the line right under the answer's last line (`It prints false.⏎3. What
// is hoisting?`). Markdown lets only a list starting at 1 break into a paragraph, so question 3
// ran on as the last line of answer 2, never asked. Where the number goes on from the numbered
// list above (its last item 2, this line 3, the same `.` or `)`), the line starts that list's next
// item: the paragraph is parsed again from there, each block at its own lines in the file.

const ITEM_LINE = /^ {0,3}(\d{1,9})([.)])[ \t]+\S/;

/** The number and delimiter the last item of a numbered list was written with. */
function lastNumber(list: List, lines: string[]): { number: number; delimiter: string } | undefined {
  const at = list.children[list.children.length - 1]?.position?.start;
  const written = at && ITEM_LINE.exec(lines[at.line - 1]?.slice(at.column - 1) ?? '');
  return written ? { number: Number(written[1]), delimiter: written[2] } : undefined;
}

/** The numbered list the blocks above go on from: the nearest one, with no heading or rule between. */
function listAbove(blocks: RootContent[]): List | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.type === 'list') return block.ordered ? block : undefined;
    if (block.type === 'heading' || block.type === 'thematicBreak') return undefined;
  }
  return undefined;
}

/** Top-level paragraphs holding the next item of the numbered list above, parsed again with that line a list item. */
export function restoreNumberedRunOns(tree: Root, source: string, parse: (text: string) => Root): Root {
  if (!/\n {0,3}\d{1,9}[.)][ \t]+\S/.test(source)) return tree;
  const lines = source.split('\n');
  const blocks: RootContent[] = [];
  for (const node of tree.children) {
    const list = node.type === 'paragraph' ? listAbove(blocks) : undefined;
    const last = list && lastNumber(list, lines);
    const start = node.position?.start;
    const end = node.position?.end;
    if (!last || !start || !end || start.offset === undefined || end.offset === undefined || start.line === end.line) {
      blocks.push(node);
      continue;
    }
    const text = source.slice(start.offset, end.offset);
    const textLines = text.split('\n');
    const k = textLines.findIndex((line, i) => {
      const m = i > 0 && ITEM_LINE.exec(line);
      return m && Number(m[1]) === last.number + 1 && m[2] === last.delimiter;
    });
    if (k < 1) {
      blocks.push(node);
      continue;
    }
    const cut = textLines.slice(0, k).join('\n').length + 1;
    blocks.push(...blocksAt(text.slice(0, cut - 1), parse, start.line - 1, start.offset));
    blocks.push(...blocksAt(text.slice(cut), parse, start.line - 1 + k, start.offset + cut));
  }
  tree.children = blocks;
  return tree;
}
