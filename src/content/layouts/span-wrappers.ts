import type { List, Paragraph, RootContent } from 'mdast';
import { ANSWER_NAMED } from './labels.js';

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

/**
 * A paragraph opening with a short span of words (`<span style="color:green">答案:</span> 42`, a
 * label coloured): the span goes, its words stay, so that a label inside reads as one.
 */
function leadingSpan(p: Paragraph): Paragraph {
  const kids = p.children;
  const close = kids.findIndex((c) => c.type === 'html' && CLOSE.test(c.value.trim()));
  const first = kids[0];
  if (first?.type !== 'html' || !OPEN.test(first.value.trim())) return p;
  // `<span style="color:green">答案:⏎var a = {<br>⏎…` closing far below: only the opening tag goes, the label after it then reads as one.
  const second = kids[1];
  if ((close < 0 || kids.slice(1, close).some((c) => c.type !== 'text')) && second?.type === 'text' && ANSWER_NAMED.test(second.value)) return { ...p, children: kids.slice(1) };
  if (close < 2 || close === kids.length - 1) return p;
  const inner = kids.slice(1, close);
  if (!inner.every((c) => c.type === 'text' && !c.value.includes('\n')) || inner.map((c) => (c as { value: string }).value).join('').length > 40) return p;
  // One text node for the span's words and those after it: a line's text split in two read as two lines' ends.
  const [after, ...rest] = kids.slice(close + 1);
  const words = inner.map((c) => (c as { value: string }).value).join('');
  const joined = after?.type === 'text' ? { ...after, value: words + after.value } : undefined;
  return { ...p, children: joined ? [joined, ...rest] : [{ type: 'text', value: words }, ...kids.slice(close + 1)] };
}

const inList = (list: List): List => ({
  ...list,
  children: list.children.map((item) => ({ ...item, children: item.children.map((n) => (n.type === 'paragraph' ? unwrapped(n) : n.type === 'list' ? inList(n) : n)) })),
});

/** The blocks of a bank with the spans that wrap whole paragraphs, or a label opening one, taken off (see `unwrapped`, `leadingSpan`). */
export function withoutSpanWrappers(nodes: RootContent[]): RootContent[] {
  return nodes.map((n) => (n.type === 'paragraph' ? leadingSpan(unwrapped(n)) : n.type === 'list' ? inList(n) : n));
}
