import type { List, Paragraph, RootContent } from 'mdast';

const OPEN = /^<span\b[^>]*>$/i;
const CLOSE = /^<\/span\s*>$/i;

/**
 * A paragraph wrapped whole in a `<span>` (`<span class="answer">Answer: B</span>`, as quiz
 * banks hide or colour their answers): the span goes, so that the words inside read as what they
 * say, an answer label among them. The span prints nothing of its own.
 */
function unwrapped(p: Paragraph): Paragraph {
  const kids = p.children;
  const [first, last] = [kids[0], kids[kids.length - 1]];
  if (kids.length < 3 || first.type !== 'html' || last.type !== 'html' || !OPEN.test(first.value.trim()) || !CLOSE.test(last.value.trim())) return p;
  // Another span inside (`<span>a</span> and <span>b</span>`) is two runs, not one wrapper.
  if (kids.slice(1, -1).some((c) => c.type === 'html' && /<\/?span\b/i.test(c.value))) return p;
  const inner = kids.slice(1, -1);
  if (inner[0]?.type === 'text') inner[0] = { ...inner[0], value: inner[0].value.replace(/^\s+/, '') };
  return { ...p, children: inner };
}

const inList = (list: List): List => ({
  ...list,
  children: list.children.map((item) => ({ ...item, children: item.children.map((n) => (n.type === 'paragraph' ? unwrapped(n) : n.type === 'list' ? inList(n) : n)) })),
});

/** The blocks of a bank with the spans that wrap whole paragraphs taken off (see `unwrapped`). */
export function withoutSpanWrappers(nodes: RootContent[]): RootContent[] {
  return nodes.map((n) => (n.type === 'paragraph' ? unwrapped(n) : n.type === 'list' ? inList(n) : n));
}
