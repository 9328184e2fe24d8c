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
 * A paragraph written as lines each wrapped whole in emphasis (`***Note one.***⏎***Note two.***`,
 * a bank's intro notes): its lines, or undefined when any line holds more than its emphasis.
 */
function emphasisLines(p: Paragraph): Paragraph[] | undefined {
  const cuts = lineCuts(p.children);
  if (!cuts.length) return undefined;
  const lines = cutParagraph(p, cuts);
  return lines.length >= 2 && lines.every(isEmphasisLine) ? lines : undefined;
}

const isEmphasisLine = (line: Paragraph): boolean => {
  const words = line.children.filter((c) => c.type !== 'text' || c.value.trim());
  return words.length === 1 && (words[0].type === 'emphasis' || words[0].type === 'strong');
};

/**
 * remark plugin: such a paragraph keeps its lines when printed (markdown joins them into one run
 * of text, "Situation: … Task: … Action: …"), each field or note starting a line of its own.
 */
export function remarkLabelledLines() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (p: Paragraph) => {
      const lines = labelledLines(p) ?? emphasisLines(p);
      if (lines) p.children = lines.flatMap((line, i): PhrasingContent[] => (i ? [{ type: 'break' }, ...line.children] : line.children));
    });
  };
}
