import { toString } from 'mdast-util-to-string';
import type { Heading, RootContent } from 'mdast';
import { ASKS } from './list-items.js';
import { withoutEndColon } from './end-colon.js';

/**
 * A bank with no `#` title whose first heading is its only one at the top level, over two more
 * levels (`## Title` over `### Day 1` over `#### What is …?`), is our outline one level down:
 * its headings are lifted until the title is a `#`. So is a lone heading opening a bank whose
 * questions are not headings, and a lone `##` over `###` headings alone becomes the title. Any other outline is left as written.
 */
export function liftHeadings(nodes: RootContent[], titled = false): RootContent[] {
  const headings = nodes.filter((n): n is Heading => n.type === 'heading');
  if (!headings.length) return nodes;
  // A bank's only heading, opening it, over questions written as list items or bold lines
  // (`## 10 questions every developer should answer:`) in a file titled nowhere else: its title, not a section.
  const [only] = headings;
  if (!titled && headings.length === 1 && only.depth > 1 && nodes[0] === only && !ASKS.test(toString(only))) {
    return nodes.map((n) => (n === only ? { ...only, depth: 1, children: withoutEndColon(only.children) } : n));
  }
  const top = Math.min(...headings.map((h) => h.depth));
  const atTop = headings.filter((h) => h.depth === top);
  const has = (depth: number) => headings.some((h) => h.depth === depth);
  // A bank's one `##`, opening its outline over `###` headings and none deeper (`## SQL 综合测试题` over `### 1. 简答题`,
  // or over `### What is …?` questions), titled nowhere else: its title. The headings under it keep their levels.
  // A deck in our own format (a `> card answer` under a `###` question, a `Level:` line perhaps between) still names its
  // title with `#`, as it is told to; a quote under a group's name (`### 2. Queries` over `> Use the emp table`) is no card.
  const first = atTop[0];
  const ours = nodes.some((n, i) => n.type === 'heading' && n.depth === 3 && ASKS.test(toString(n)) && [nodes[i + 1], nodes[i + 2]].some((b) => b?.type === 'blockquote'));
  if (!titled && !ours && top === 2 && atTop.length === 1 && headings[0] === first && has(3) && !has(4) && !ASKS.test(toString(first))) {
    return nodes.map((n) => (n === first ? { ...first, depth: 1, children: withoutEndColon(first.children) } : n));
  }
  if (top === 1 || atTop.length !== 1 || headings[0] !== atTop[0] || !has(top + 1) || !has(top + 2)) return nodes;
  const lift = top - 1;
  return nodes.map((n) => (n.type === 'heading' ? { ...n, depth: (n.depth - lift) as Heading['depth'] } : n));
}

