import { visit } from './visit-tree.js';
import type { Element, ElementContent } from 'hast';
import type { HastPlugin, RenderContext } from '../model/render-context.js';
import { textOf } from './hast-text.js';

/**
 * Largest ```mermaid source drawn. A diagram prints at most half a page whatever its size, so a
 * bigger one is unreadable anyway, and its drawing costs the browser time and memory out of
 * proportion to its bytes (mermaid's own limits, 50,000 characters and 500 edges, are far above
 * what fits).
 */
export const MAX_DIAGRAM_BYTES = 16 * 1024;
/** Largest number of lines (roughly, nodes and edges) in one ```mermaid source. */
export const MAX_DIAGRAM_LINES = 300;

/**
 * Marks each ```mermaid block with the line it starts at (data-line on its <pre>), so what the
 * drawing says about it later is reported there, and reports a source over the limits as an
 * error at that line: the deck fails in `build` and `check` alike, before any drawing.
 */
export const diagramBlocks: HastPlugin = () => (tree, file) => {
  const context = file.data.studyguide as RenderContext | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'pre') return;
    const code = node.children.find(isMermaid);
    if (!code) return;
    const line = node.position?.start.line ?? context?.line ?? 1;
    node.properties.dataLine = line;
    const source = textOf(code);
    const bytes = Buffer.byteLength(source);
    const lines = source.split('\n').filter((l) => l.trim()).length;
    const over = bytes > MAX_DIAGRAM_BYTES ? `${(bytes / 1024).toFixed(0)} KB, over the ${MAX_DIAGRAM_BYTES / 1024} KB limit` : lines > MAX_DIAGRAM_LINES ? `${lines} lines, over the ${MAX_DIAGRAM_LINES}-line limit` : undefined;
    if (!over || !context) return;
    const message = `mermaid diagram is ${over} — split it into smaller diagrams`;
    if (context.diagnostics.some((d) => d.line === line && d.message === message)) return;
    context.diagnostics.push({ file: context.file, line, severity: 'error', code: 'diagram-too-large', message });
  });
};

function isMermaid(node: ElementContent): node is Element {
  if (node.type !== 'element' || node.tagName !== 'code') return false;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes('language-mermaid');
}
