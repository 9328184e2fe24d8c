import type { PhrasingContent, RootContent } from 'mdast';

// A bank's contents may list its questions as links still to be filled in, each on a line of its
// own (`[1. 시스템 콜이 무엇인지 설명해주세요.]()`): a link to nowhere is only its words, and read
// so the lines are the numbered questions they show. (check still says each address is empty.)

const blank = (node: PhrasingContent | undefined): boolean => !node || node.type === 'break' || (node.type === 'text' && !node.value.trim());
/** At a line's start: the paragraph's first child, or one after a break or a line end. */
const lineStart = (kids: PhrasingContent[], i: number): boolean => i === 0 || kids[i - 1].type === 'break' || (kids[i - 1].type === 'text' && /\n\s*$/.test((kids[i - 1] as { value: string }).value));
/** At a line's end: the last child, or one before a break or a line end. */
const lineEnd = (kids: PhrasingContent[], i: number): boolean => i === kids.length - 1 || kids[i + 1].type === 'break' || (kids[i + 1].type === 'text' && /^\s*\n/.test((kids[i + 1] as { value: string }).value)) || (i === kids.length - 2 && blank(kids[i + 1]));

/** The blocks with each paragraph's whole-line links to nowhere made their words, where two lines at least are such links. */
export function emptyLinkLines(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => {
    if (node.type !== 'paragraph') return node;
    const kids = node.children;
    const empty = (c: PhrasingContent, i: number) => c.type === 'link' && !c.url.trim() && lineStart(kids, i) && lineEnd(kids, i);
    if (kids.filter(empty).length < 2) return node;
    return { ...node, children: kids.flatMap((c, i) => (empty(c, i) ? (c as { children: PhrasingContent[] }).children : [c])) };
  });
}
