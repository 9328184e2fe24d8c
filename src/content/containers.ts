import type { Root } from 'mdast';
import { restoreLineBoxes, type LineBox } from './line-boxes.js';
import { pandocDiv } from './pandoc-divs.js';

// `::: details Answer` … `:::` and `:::tip[Title]` (VitePress, Docusaurus, markdown-it-container),
// and `:::{dropdown} Title` (MyST, Jupyter Book: the kind in braces): a fenced box, its kind after
// the colons and its title after that; or a Pandoc div given its attributes in braces
// (`::: {.callout-tip collapse="true"}`, Quarto's callouts).
export const CONTAINER_OPEN = /^[ \t]{0,3}(:{3,})[ \t]*(?:\{([^{}\n]*[.#=][^{}\n]*)\}|\{?([\w-]+)\}?(?:[ \t]*\[([^\]\n]*)\]|[ \t]+([^\n]*?))?)[ \t]*$/;
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
  // A container inside it (`::: warning` in `:::: details`) is read the same way.
  return restoreLineBoxes(tree, source, parse, containerAt, (inner, text) => restoreContainers(inner, text, parse));
}

/** The container opening on line `line`, closed further down. */
function containerAt(lines: string[], line: number): LineBox | undefined {
  const m = CONTAINER_OPEN.exec(lines[line - 1]);
  const close = m ? containerClose(lines, line, m[1].length) : -1;
  if (!m || close < 0) return undefined;
  if (m[2] !== undefined) return pandocDiv(m[2], lines, line, close);
  let from = line;
  while (from < close - 1 && DIRECTIVE_OPTION.test(lines[from])) from++;
  return { folded: FOLDED.test(m[3]), title: (m[4] ?? m[5] ?? '').trim(), kind: m[3], from, close };
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
