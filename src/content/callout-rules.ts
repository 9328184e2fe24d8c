import type { Blockquote, RootContent } from 'mdast';
import { visit } from './visit-tree.js';

// A notes app's callout may draw a rule under its title (`> [!tip]- Stages …⏎> ![[shot.png]]⏎> ---`):
// to markdown, the lines over the `---` are a heading underlined, so the box lost its marker and
// printed `[!tip]-` in a heading's type. They are the callout's lines and the rule it draws.

const MARKED = /^\[![\w-]+\][+-]?/;

/** Each quote opening on a marker underlined as a heading, opened instead on those lines and a rule. */
export function calloutRules(nodes: RootContent[]): void {
  for (const node of nodes) {
    visit(node, 'blockquote', (quote: Blockquote) => {
      const first = quote.children[0];
      if (first?.type !== 'heading' || first.depth !== 2) return;
      const lead = first.children[0];
      const start = first.position?.start.line;
      const end = first.position?.end.line;
      // An underline stands on a line of its own, below the heading's words.
      if (lead?.type !== 'text' || !MARKED.test(lead.value) || start === undefined || end === undefined || end <= start) return;
      const rulePosition = { start: { line: end, column: 1 }, end: first.position!.end };
      quote.children.splice(0, 1, { type: 'paragraph', children: first.children, position: first.position }, { type: 'thematicBreak', position: rulePosition });
    });
  }
}
