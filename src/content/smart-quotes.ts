import type { Nodes, Root, Text } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from './visit-tree.js';
import { withCodeQuotesKept } from './code-like-runs.js';

export interface QuoteMarks {
  double: string;
  single: string;
}

/** Where a text starts fresh: a quote at its start opens (they get a space in the joined text). */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const VISITED = new Set(['text', 'inlineCode', ...BLOCKS]);

/** The first pass changes only straight quotes. */
const HAS_QUOTE = /["']/;
/**
 * What the second pass can change: `--` and `---` (and a `–-` it joins), and three dots or more
 * with nothing but spaces between. A text without any of these reads back as it was written, so
 * it is not parsed into words at all.
 */
const HAS_DASH_DOTS = /--|\u2013-|\.\s*\.\s*\./;

/** Whether the first pass (quotes) or the second (dashes, ellipses) could change a text. */
export const passCanChange = { quotes: (text: string) => HAS_QUOTE.test(text), rest: (text: string) => HAS_DASH_DOTS.test(text) };

/**
 * SmartyPants over a markdown tree, as remark-smartypants 3 does it: the quotes of all the text
 * joined (so a quote pairs across emphasis and links; inline code counts as letters), then dashes
 * and ellipses in each text by itself. Both passes parse the text into words with
 * retext, the costliest part of reading a deck, so a text (or a tree) with nothing a pass could
 * change skips it: about a sixth of a small deck's parse.
 */
export function smartQuotes(options: { openingQuotes?: QuoteMarks; closingQuotes?: QuoteMarks }): (tree: Root) => void {
  const quotes = retext().use(retextSmartypants, { ...options, dashes: false, ellipses: false, backticks: false });
  // No backticks: ` ``a`b`` ` outside code is a code span markdown did not take (or a literal run of
  // backticks), never TeX's opening quote; it printed as “a`b“. So `''` stays two straight quotes (an empty string).
  const rest = retext().use(retextSmartypants, { ...options, dashes: 'oldschool', quotes: false, backticks: false });
  const literal = (node: Nodes): node is Nodes & { value: string } => 'value' in node && typeof node.value === 'string';
  return (tree) => {
    let all = '';
    const nodes: Nodes[] = [];
    visit(tree, (node, _, parent) => {
      if (!parent || !VISITED.has(node.type)) return;
      if (literal(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else if (BLOCKS.has(node.type)) all += ' ';
      else return;
      nodes.push(node);
    });
    // Quotes in code-like runs typed outside code spans (`["1","2"]`) stay straight (code-like-runs.ts).
    if (passCanChange.quotes(all)) all = withCodeQuotesKept(all, quotes.processSync(all).toString());
    let start = 0;
    for (const node of nodes) {
      if (!literal(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const educated = all.slice(start, end);
        (node as Text).value = passCanChange.rest(educated) ? rest.processSync(educated).toString() : educated;
      }
      start = end;
    }
  };
}
