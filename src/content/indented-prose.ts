import type { Code, Parent, Root, RootContent } from 'mdast';
import { shiftPositions } from './split-markdown.js';

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
  return words >= 6 && SENTENCE_END.test(lines[lines.length - 1].trim()) && lines.every((l) => /^\s*\p{L}/u.test(l));
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

/**
 * Indented code blocks that are prose become paragraphs again (parsed by `parse`, at their
 * lines); other indented code loses the indent all its lines share.
 */
export function restoreIndentedProse(tree: Root, source: string, parse: (text: string) => Root): Root {
  const visit = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i];
      if (node.type === 'code' && indentedCode(node, source)) {
        if (isProse(node.value)) {
          const text = dedented(node.value);
          const line = (node.position?.start.line ?? 1) - 1;
          const blocks = parse(text).children.map((child) => shiftPositions(child, line, node.position?.start.offset ?? 0));
          parent.children.splice(i, 1, ...(blocks as RootContent[] as typeof parent.children));
          i += blocks.length - 1;
        } else node.value = dedented(node.value);
      } else if ('children' in node) visit(node as Parent);
    }
  };
  visit(tree);
  return tree;
}
