import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { Diagnostic } from '../../model/deck.js';
import { excerpt } from '../../model/excerpt.js';

// A page of a docs site written in MDX (Docusaurus, Nextra) loads its components and data with
// JavaScript statements at the top level (`import Tabs from '@theme/Tabs';`, `export const level = 'easy';`).
// Read as markdown they were a paragraph of code words printed as the bank's introduction.
const STATEMENT = /^(?:import\s+(?:[\w$*{}\s,]+\s+from\s+)?["'][^"'\n]+["'];?|export\s+(?:const|let|var|function|default)\b[^\n]*)$/;

/**
 * A paragraph of such statements, one a line; or the same lines taken for code typed with no
 * fence (unfenced-code.ts), which spans no more lines than it holds.
 */
function statements(node: RootContent): boolean {
  const typed = node.type === 'paragraph' && node.children.every((c) => c.type === 'text');
  const unfenced = node.type === 'code' && !node.lang && node.position && node.position.end.line - node.position.start.line + 1 === node.value.split('\n').length;
  if (!typed && !unfenced) return false;
  return toString(node)
    .split('\n')
    .every((line) => STATEMENT.test(line.trim()));
}

/** The blocks without such statements, each left out with a warning: they load a site's code and say nothing to print. */
export function withoutMdxStatements(nodes: RootContent[], file: string, diagnostics: Diagnostic[]): { nodes: RootContent[]; left: number } {
  const kept = nodes.filter((node) => {
    if (!statements(node)) return true;
    const first = toString(node).split('\n')[0].trim();
    const message = `MDX statement "${excerpt(first, 60)}" left out — it loads a docs site's code, which prints nothing`;
    diagnostics.push({ file, line: node.position?.start.line ?? 1, severity: 'warning', code: 'left-out', message });
    return false;
  });
  return { nodes: kept, left: nodes.length - kept.length };
}
