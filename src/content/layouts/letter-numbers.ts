import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// Some banks count their questions with letters (`a) What is XSS?`, `b) …`) or circled figures
// (`① TCP と UDP の違いは？`), which markdown does not read as list numbers: the first, `a) …`, was
// even taken for a choice of options and left in the section's intro. Where such marks count up
// from the first (a, b, c … or ①, ②, ③ …) over paragraphs that ask, they are numbers and go.

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const MARK = new RegExp(`^\\s*(?:([a-z])[).]\\s+|([${CIRCLED}])\\s*)`, 'u');

/** The place a paragraph's counting mark gives it (a → 0, ② → 1), when its first line asks; else undefined. */
function place(node: RootContent): number | undefined {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return undefined;
  const text = toString(node);
  const m = MARK.exec(text);
  if (!m || !/[?？]\s*$/u.test(text.split('\n')[0])) return undefined;
  return m[1] ? m[1].charCodeAt(0) - 97 : CIRCLED.indexOf(m[2]);
}

/** The paragraph without its counting mark. */
function unmarked(node: Paragraph): Paragraph {
  const [first, ...rest] = node.children;
  return first.type === 'text' ? { ...node, children: [{ ...first, value: first.value.replace(MARK, '') }, ...rest] } : node;
}

/** The tree with letters and circled figures counting questions up from the first (two at least in a run) taken off. */
export function letterNumbers(nodes: RootContent[]): RootContent[] {
  const marked = new Set<RootContent>();
  let run: RootContent[] = [];
  const close = () => {
    if (run.length >= 2) run.forEach((n) => marked.add(n));
    run = [];
  };
  for (const node of nodes) {
    const at = place(node);
    if (at === undefined) {
      // Answers stand between the questions; a heading ends the run.
      if (node.type === 'heading') close();
      continue;
    }
    if (at !== run.length) close();
    if (at === run.length) run.push(node);
  }
  close();
  return marked.size ? nodes.map((n) => (marked.has(n) ? unmarked(n as Paragraph) : n)) : nodes;
}
