import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import { visit } from './visit-tree.js';
import { relativeJson } from './markdown.js';
import type { Diagnostic } from '../model/deck.js';
import type { RenderContext } from '../model/render-context.js';

type Render = (nodes: RootContent[], context?: RenderContext) => string;

/**
 * A renderer that gives each fragment the footnote definitions it cites. A deck's answers are
 * rendered one by one, and footnotes kept at the bottom of the file (as most markdown keeps them)
 * belonged to the last question: the note printed nowhere. Now it prints under each answer citing
 * it; a definition cited nowhere is a warning at its line in `diagnostics`.
 */
export function withFootnotes(render: Render, tree: Root, file: string, diagnostics: Diagnostic[]): Render {
  const definitions = new Map<string, FootnoteDefinition>();
  const cited = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if (node.type === 'footnoteReference') cited.add(node.identifier);
  });
  if (definitions.size === 0) return render;
  for (const [id, definition] of definitions) {
    if (cited.has(id)) continue;
    const label = `[^${definition.label ?? id}]`;
    const message = `footnote ${label} is cited nowhere, so it does not print — cite it as ${label} in an answer, or remove it`;
    diagnostics.push({ file, line: definition.position?.start.line ?? 1, severity: 'warning', code: 'left-out', message });
  }
  return (nodes, context) => {
    const here = new Set<string>();
    const wanted = new Set<string>();
    for (const node of nodes) {
      visit(node, (n) => {
        if (n.type === 'footnoteDefinition') here.add(n.identifier);
        if (n.type === 'footnoteReference') wanted.add(n.identifier);
      });
    }
    const missing = [...wanted].filter((id) => !here.has(id) && definitions.has(id)).map((id) => definitions.get(id)!);
    return render(missing.length ? [...nodes, ...missing] : nodes, context);
  };
}

/** Every footnote definition of the deck, as JSON with their lines (not columns or offsets): what an answer citing one prints with it. */
export function footnoteDefinitionsJson(tree: Root): string {
  const definitions: FootnoteDefinition[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') definitions.push(node);
  });
  return relativeJson(definitions, 0);
}
