import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Heading, PhrasingContent, RootContent, Table } from 'mdast';
import type { Diagnostic } from '../../model/deck.js';
import { ASKS } from './list-items.js';

// A bank listing its questions in a table whose rows link to the answers further down
// (`| 1 | What is a goroutine? | <details><summary><a href="#goroutines">Show Answer</a>…`), each answer
// under a heading named for its topic (`## Goroutines`). Read as it stands, the table was a table of
// links and the headings asked nothing: no questions. Each linked heading is the question its row asks.

/** The in-page targets a cell links to: markdown links (`[…](#x)`) and HTML ones (`href="#x"`). */
function targets(children: PhrasingContent[]): string[] {
  const found: string[] = [];
  const walk = (nodes: PhrasingContent[]) => {
    for (const n of nodes) {
      if (n.type === 'link' && n.url.startsWith('#')) found.push(n.url.slice(1));
      if (n.type === 'html') for (const m of n.value.matchAll(/href\s*=\s*["']#([^"']+)["']/gi)) found.push(m[1]);
      if ('children' in n) walk(n.children as PhrasingContent[]);
    }
  };
  walk(children);
  return found.map((t) => decodeURIComponent(t).toLowerCase());
}

/** Each row's question (the cell that asks) and the heading its link leads to, where two rows at least do so. */
function rowsToHeadings(table: Table, headings: Map<string, Heading | undefined>): { asked: PhrasingContent[]; heading: Heading }[] {
  const rows = table.children.slice(1).flatMap((row) => {
    const asked = row.children.find((cell) => ASKS.test(toString(cell).trim()) && !targets(cell.children).length);
    const heading = row.children.flatMap((cell) => targets(cell.children)).map((t) => headings.get(t)).find(Boolean);
    return asked && heading ? [{ asked: asked.children, heading }] : [];
  });
  return rows.length >= 2 && rows.length * 2 > table.children.length - 1 ? rows : [];
}

/**
 * The nodes with each heading a question table links to asked by that row's question (a `###`
 * over the answer it heads), the table left out with a warning at its line. Other nodes as they are.
 */
export function anchoredAnswers(nodes: RootContent[], file: string, diagnostics: Diagnostic[]): RootContent[] {
  const slugger = new GithubSlugger();
  const headings = new Map<string, Heading | undefined>();
  // A heading that asks already is the question (a contents table over it is navigation, read elsewhere): only topic headings are taken.
  for (const n of nodes) if (n.type === 'heading') headings.set(slugger.slug(toString(n)), ASKS.test(toString(n).trim()) ? undefined : n);
  const asks = new Map<Heading, PhrasingContent[]>();
  const tables = new Set<RootContent>();
  for (const n of nodes) {
    if (n.type !== 'table') continue;
    const rows = rowsToHeadings(n, headings);
    if (!rows.length) continue;
    tables.add(n);
    for (const { asked, heading } of rows) asks.set(heading, asked);
  }
  if (!tables.size) return nodes;
  return nodes.flatMap((n): RootContent[] => {
    if (tables.has(n)) {
      const message = 'a table of the questions left out — each is asked at the heading its link leads to, over its answer';
      diagnostics.push({ file, line: n.position?.start.line ?? 1, severity: 'warning', code: 'left-out', message });
      return [];
    }
    const asked = n.type === 'heading' ? asks.get(n) : undefined;
    return asked ? [{ type: 'heading', depth: 3, children: asked, position: n.position }] : [n];
  });
}
