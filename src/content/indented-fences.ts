import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

// A fence typed one indent too deep (8 spaces under a list item whose text sits at 4) is, to
// markdown, indented code whose first and last lines are the fence: the ``` printed and the
// language lost. The author wrote a fenced block; read it as one.
const FENCED = /^(`{3,}|~{3,})[ \t]*([\w+#.-]*)[^\n]*\n([\s\S]*?)\n?\1[ \t]*$/;

/** The tree with each indented code block that is wholly one fenced block read as that block. */
export function indentedFences(tree: Root): Root {
  visit(tree, 'code', (node) => {
    if (node.lang) return;
    const m = FENCED.exec(dedented(node.value));
    if (!m || m[3].includes(`\n${m[1]}`)) return;
    node.lang = m[2] || null;
    node.value = m[3];
  });
  return tree;
}

/** The lines without the indent they all share (the fence typed deeper still than the code). */
function dedented(value: string): string {
  const lines = value.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return Number.isFinite(indent) ? lines.map((l) => l.slice(indent)).join('\n') : value;
}
