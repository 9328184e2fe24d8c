import type { Paragraph, PhrasingContent } from 'mdast';
import type { Position } from 'unist';

/** A `<br>` (`<br/>`, `<br />`), or several in one run of raw HTML. */
const BREAKS = /^(?:\s*<br\s*\/?>\s*)+$/i;
const breaksIn = (node: PhrasingContent): number => (node.type === 'html' && BREAKS.test(node.value) ? node.value.match(/<br/gi)!.length : 0);
const blank = (node: PhrasingContent): boolean => node.type === 'text' && !node.value.trim();

/**
 * A table cell's phrasing as paragraphs: a table can only break a cell with `<br>`, so two or
 * more in a row (`<br><br>`, perhaps with spaces between) end a paragraph; one stays a line break.
 */
export function cellParagraphs(children: PhrasingContent[], position: Position | undefined): Paragraph[] {
  const paragraphs: PhrasingContent[][] = [[]];
  for (let i = 0; i < children.length; i++) {
    // The run of breaks (and spaces between them) starting here.
    let count = 0;
    let end = i;
    while (end < children.length && (breaksIn(children[end]) || (count && blank(children[end])))) count += breaksIn(children[end++]);
    if (count >= 2) {
      paragraphs.push([]);
      i = end - 1;
    } else paragraphs[paragraphs.length - 1].push(children[i]);
  }
  // Spaces left at a paragraph's edges by the breaks go with them.
  return paragraphs
    .map((run) => trimEdges(run))
    .filter((run) => run.length > 0)
    .map((run) => ({ type: 'paragraph', children: run, position }));
}

function trimEdges(run: PhrasingContent[]): PhrasingContent[] {
  const out = run.filter((n, k) => !(blank(n) && (k === 0 || k === run.length - 1)));
  const first = out[0];
  const last = out[out.length - 1];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  if (last?.type === 'text') out[out.length - 1] = { ...(out[out.length - 1] as typeof last), value: (out[out.length - 1] as typeof last).value.trimEnd() };
  return out;
}
