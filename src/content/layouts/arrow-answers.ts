import type { List, Paragraph, PhrasingContent, Text } from 'mdast';

// `1. What is a byte? → Eight bits.`: a question and its short answer on one line, an arrow between.
const ARROW = /\s+(?:→|⇒|⟶|->|=>)\s+/g;

/** An item's line cut at its arrow: at the first one after a question mark, else the first one. */
export function arrowSplit(p: Paragraph): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const cuts: { child: number; at: number; end: number; asks: boolean }[] = [];
  p.children.forEach((child, i) => {
    if (child.type !== 'text') return;
    for (const m of child.value.matchAll(ARROW))
      cuts.push({ child: i, at: m.index, end: m.index + m[0].length, asks: /[?？]\s*$/.test(child.value.slice(0, m.index)) });
  });
  const cut = cuts.find((c) => c.asks) ?? cuts[0];
  if (!cut) return undefined;
  const text = p.children[cut.child] as Text;
  const before = text.value.slice(0, cut.at);
  const after = text.value.slice(cut.end);
  const question = [...p.children.slice(0, cut.child), ...(before ? [{ ...text, value: before }] : [])];
  const answer = [...(after ? [{ ...text, value: after }] : []), ...p.children.slice(cut.child + 1)];
  return question.length && answer.length ? { question, answer } : undefined;
}

/** A list whose items mostly give their answer after an arrow on the same line. */
export const arrowList = (list: List): boolean =>
  list.children.filter((item) => item.children[0]?.type === 'paragraph' && arrowSplit(item.children[0])).length * 2 > list.children.length;
