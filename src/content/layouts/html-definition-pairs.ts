import type { Html, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { htmlToMdast, type DroppedHtml } from './html-to-mdast.js';

// Questions written as an HTML definition list (`<dl><dt>Q?</dt><dd>A</dd></dl>`), as READMEs
// write a FAQ where markdown has no definition lists: each term and its description are a
// `Q:` / `A:` pair, read by the Q/A layout.

const PAIR = /<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/gi;
/** What may stand around the pairs in a block of the list: its own tags and blank space. */
const LEFT = /^(?:\s|<\/?dl\b[^>]*>)*$/i;

/** The inline words of an HTML fragment, as markdown (code stays code). */
function words(html: string, line: number, dropped: DroppedHtml[]): PhrasingContent[] {
  const nodes = htmlToMdast(html.trim(), { start: { line, column: 1 }, end: { line, column: 1 } }, dropped);
  return nodes.flatMap((n) => (n.type === 'paragraph' ? n.children : []));
}

const labelled = (label: string, children: PhrasingContent[], line: number): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'text', value: `${label}: ` }, ...children],
  position: { start: { line, column: 1 }, end: { line, column: 1 } },
});

/** Blocks of HTML definition-list pairs as `Q:` / `A:` paragraphs, where the file holds two pairs or more. */
export function htmlDefinitionPairs(nodes: RootContent[]): RootContent[] {
  const pairs = nodes.map((node) => {
    if (node.type !== 'html' || !/<dt\b/i.test(node.value)) return undefined;
    const found = [...node.value.matchAll(PAIR)];
    // Anything else in the block (a paragraph, a second list) is not ours to read so: the block stays.
    return found.length && LEFT.test(node.value.replace(PAIR, '')) ? found : undefined;
  });
  if (pairs.reduce((n, p) => n + (p?.length ?? 0), 0) < 2) return nodes;
  const dropped: DroppedHtml[] = [];
  return nodes.flatMap((node, i): RootContent[] => {
    const found = pairs[i];
    // The list's own tags left alone in a block (`</dl>` after a blank line) go with it.
    if (!found) return node.type === 'html' && /<\/?dl\b/i.test(node.value) && LEFT.test(node.value) ? [] : [node];
    const first = node.position?.start.line ?? 1;
    const html = (node as Html).value;
    return found.flatMap((m) => {
      const line = first + html.slice(0, m.index).split('\n').length - 1;
      return [labelled('Q', words(m[1], line, dropped), line), labelled('A', words(m[2], line + 1, dropped), line + 1)];
    });
  });
}
