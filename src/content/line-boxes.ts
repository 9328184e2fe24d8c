import type { Html, Paragraph, Root, RootContent } from 'mdast';
import { shiftPositions } from './split-markdown.js';
import { escapeHtml } from './text.js';
import { asksInHeadings, boxInAnswer, calloutBox } from './callouts.js';
import { kindTitle } from './box-titles.js';

/** A box a site generator draws around lines of a file (a container, a shortcode), as read from its opening line. */
export interface LineBox {
  /** Whether it hides its content under its title (rendered as `<details>`). */
  folded: boolean;
  /** Its title: the summary of a folded box, the bold line over any other; empty for none. */
  title: string;
  /** Its kind, naming it where it has no title (`Tip`). */
  kind: string;
  /** The line (1-based) before its content: its opening line, or its last option line. */
  from: number;
  /** The line (1-based) closing it. */
  close: number;
}

/**
 * Boxes written as fences of their own syntax around markdown, which markdown reads as paragraphs
 * of text printing their fences: `find` reads a box from the line a top-level paragraph opens on
 * (the lines and that line's 1-based number); a folded box becomes the `<details>` block it renders
 * as, any other its title in bold over its content; `restore` reads boxes inside its content.
 */
export function restoreLineBoxes(tree: Root, source: string, parse: (text: string) => Root, find: (lines: string[], line: number) => LineBox | undefined, restore: (tree: Root, text: string) => Root): Root {
  const lines = source.split('\n');
  const out: RootContent[] = [];
  const nodes = tree.children;
  const asides = asksInHeadings(nodes);
  const opensBox = (n: RootContent | undefined): LineBox | undefined => (n?.type === 'paragraph' && n.position ? find(lines, n.position.start.line) : undefined);
  let afterBox = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const box = opensBox(node);
    const before = afterBox ? undefined : out[out.length - 1];
    // A folded box is an answer (a `<details>` block): what follows it is no box of a bank of boxes.
    afterBox = !!box && !box.folded;
    // Every node from the opening line to the closing one is the box's (none straddles the closing fence).
    let last = i;
    while (box && last + 1 < nodes.length && (nodes[last + 1].position?.start.line ?? Infinity) <= box.close) last++;
    if (!box || (nodes[last].position?.end.line ?? Infinity) > box.close) {
      out.push(node);
      continue;
    }
    const { from, close } = box;
    const inner = lines.slice(from, close - 1).join('\n');
    const offset = lines.slice(0, from).reduce((n, l) => n + l.length + 1, 0);
    const body = restore(parse(inner), inner).children.map((child) => shiftPositions(child, from, offset));
    const at = node.position;
    const end = nodes[last].position;
    if (box.folded) {
      const open: Html = { type: 'html', value: `<details>\n<summary>${escapeHtml(box.title || 'Details')}</summary>`, position: at };
      const shut: Html = { type: 'html', value: '</details>', position: end && { start: { line: close, column: 1 }, end: end.end } };
      out.push(open, ...body, shut);
    } else {
      const named: Paragraph = { type: 'paragraph', children: [box.title ? { type: 'strong', children: [{ type: 'text', value: box.title }] } : kindTitle(box.kind)], position: at };
      // Inside an answer it keeps its box and kind, as an admonition there does: an aside, not the card.
      out.push(...(boxInAnswer(asides, before, !!opensBox(nodes[last + 1])) ? [calloutBox(named, body, at, box.kind)] : [named, ...body]));
    }
    i = last;
  }
  tree.children = out;
  return tree;
}

/**
 * The index of the line closing a block whose opening line comes just before `start`: the first
 * line from `start` that `closes`, blocks of the same kind opened on the way (`opens`) closed first;
 * lines `skipped` (fenced code) count for neither. -1 when none closes it.
 */
export function closingLine(lines: string[], start: number, opens: (line: string) => boolean, closes: (line: string) => boolean, skipped?: boolean[]): number {
  let depth = 0;
  for (let k = start; k < lines.length; k++) {
    if (skipped?.[k]) continue;
    if (opens(lines[k])) depth++;
    else if (closes(lines[k]) && depth-- === 0) return k;
  }
  return -1;
}
