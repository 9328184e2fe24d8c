import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from './visit-tree.js';
import { cutParagraph, lineCuts } from './layouts/cut-paragraph.js';
import { isLabelled } from './card-asides.js';

/**
 * A paragraph written as lines that each open with a bold label (`**Situation:** …⏎**Task:** …⏎
 * **Action:** …`), as a story answer is: its lines, one paragraph each, or undefined when any
 * line opens otherwise (a sentence that wraps onto a second line is one thought, not fields).
 */
export function labelledLines(p: Paragraph): Paragraph[] | undefined {
  const cuts = lineCuts(p.children);
  if (!cuts.length) return undefined;
  const lines = cutParagraph(p, cuts);
  return lines.length >= 2 && lines.every(isLabelled) ? lines : undefined;
}

/**
 * remark plugin: such a paragraph keeps its lines when printed (markdown joins them into one run
 * of text, "Situation: … Task: … Action: …"), each field starting a line of its own.
 */
export function remarkLabelledLines() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (p: Paragraph) => {
      const lines = labelledLines(p);
      if (lines) p.children = lines.flatMap((line, i): PhrasingContent[] => (i ? [{ type: 'break' }, ...line.children] : line.children));
    });
  };
}
