import type { Html, Paragraph, Root, RootContent } from 'mdast';
import { shiftPositions } from './split-markdown.js';
import { escapeHtml } from './text.js';

// `::: details Answer` … `:::` and `:::tip[Title]` (VitePress, Docusaurus, markdown-it-container),
// and `:::{dropdown} Title` (MyST, Jupyter Book: the kind in braces): a fenced box, its kind after
// the colons and its title after that.
export const CONTAINER_OPEN = /^[ \t]{0,3}(:{3,})[ \t]*\{?([\w-]+)\}?(?:[ \t]*\[([^\]\n]*)\]|[ \t]+([^\n]*?))?[ \t]*$/;
const CLOSE = /^[ \t]{0,3}(:{3,})[ \t]*$/;
// The kinds that hide their content under their title: a `<details>` block.
const FOLDED = /^(?:details|dropdown)$/i;
// A MyST directive's options, the first lines of its content (`:open:`, `:class: dropdown`): how the box shows, not what it says.
export const DIRECTIVE_OPTION = /^[ \t]*:[\w-]+:(?:[ \t][^\n]*)?$/;

/**
 * Containers of sites built with VitePress or Docusaurus, which markdown reads as paragraphs of
 * text ("::: details 答案" printed in the answer, and on its card): a `details` container is the
 * `<details>` block it renders as (its title the summary: an answer's label, or the question
 * itself), so a bank hiding each answer in one reads as one kept in `<details>`; any other kind
 * (`tip`, `warning`, `info`) prints its title in bold over its content, as MkDocs admonitions do.
 */
export function restoreContainers(tree: Root, source: string, parse: (text: string) => Root): Root {
  if (!source.includes(':::')) return tree;
  const lines = source.split('\n');
  const out: RootContent[] = [];
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const line = node.position?.start.line;
    const m = node.type === 'paragraph' && line ? CONTAINER_OPEN.exec(lines[line - 1]) : null;
    const close = m && line ? containerClose(lines, line, m[1].length) : -1;
    // Every node from the opening line to the closing one is the container's (none straddles the closing fence).
    let last = i;
    while (close > 0 && last + 1 < nodes.length && (nodes[last + 1].position?.start.line ?? Infinity) <= close) last++;
    if (!m || !line || close < 0 || (nodes[last].position?.end.line ?? Infinity) > close) {
      out.push(node);
      continue;
    }
    const kind = m[2];
    const title = (m[3] ?? m[4] ?? '').trim();
    // A container inside it (`::: warning` in `:::: details`) is read the same way.
    let from = line;
    while (from < close - 1 && DIRECTIVE_OPTION.test(lines[from])) from++;
    const inner = lines.slice(from, close - 1).join('\n');
    const offset = lines.slice(0, from).reduce((n, l) => n + l.length + 1, 0);
    const body = restoreContainers(parse(inner), inner, parse).children.map((child) => shiftPositions(child, from, offset));
    const at = node.position;
    const end = nodes[last].position;
    if (FOLDED.test(kind)) {
      const open: Html = { type: 'html', value: `<details>\n<summary>${escapeHtml(title || 'Details')}</summary>`, position: at };
      const shut: Html = { type: 'html', value: '</details>', position: end && { start: { line: close, column: 1 }, end: end.end } };
      out.push(open, ...body, shut);
    } else {
      const named: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title || kind[0].toUpperCase() + kind.slice(1) }] }], position: at };
      out.push(named, ...body);
    }
    i = last;
  }
  tree.children = out;
  return tree;
}

/**
 * The line (1-based) of the fence closing a container opened on line `line` with `colons` colons:
 * the next line of as many colons or more at its depth (containers nested in it counted); -1 when
 * none closes it.
 */
export function containerClose(lines: string[], line: number, colons: number): number {
  let depth = 0;
  for (let k = line; k < lines.length; k++) {
    const opened = CONTAINER_OPEN.exec(lines[k]);
    if (opened && opened[1].length >= colons) depth++;
    else if (CLOSE.test(lines[k]) && CLOSE.exec(lines[k])![1].length >= colons && depth-- === 0) return k + 1;
  }
  return -1;
}
