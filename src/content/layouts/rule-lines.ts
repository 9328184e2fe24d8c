import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';

// A line drawn with dash or box characters (`⸻`, `———`, `═══`, `＿＿＿`), as banks pasted from a
// chat or a word processor separate their questions; markdown reads it as a paragraph.
const DRAWN_RULE = /^\s*(?:[\u2012-\u2015\u2E3A\u2E3B\u2500-\u2501\u2550\uFF3F\u23AF]\s*){1,}$/u;

// A heading that only counts the pairs between drawn lines (`# ---------- 1 ----------`).
const COUNTED_RULE = /^\s*(?:[-=_~—]\s*){3,}\d{1,4}\s*(?:[-=_~—]\s*){3,}$/u;

/**
 * Paragraphs that only draw a line, and headings that only count between drawn lines (`# ---- 1 ----`
 * over each `**Питання** …` pair), as the rules they are; everything else as it is.
 */
export function drawnRules(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) =>
    (node.type === 'paragraph' && DRAWN_RULE.test(toString(node))) || (node.type === 'heading' && COUNTED_RULE.test(toString(node))) ? { type: 'thematicBreak', position: node.position } : node,
  );
}

/** Nodes without the rules that open and close them: a rule there only parts them from what is around, it holds nothing. */
export function withoutRulesAround(nodes: RootContent[]): RootContent[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && nodes[start].type === 'thematicBreak') start++;
  while (end > start && nodes[end - 1].type === 'thematicBreak') end--;
  return nodes.slice(start, end);
}
