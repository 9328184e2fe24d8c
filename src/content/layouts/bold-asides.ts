import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast';

/** A bold question's text that asks, perhaps closed by an aside in brackets (`What is a Pod? (not a container)`). */
export const ASKS_WITH_ASIDE = /[?？]\s*(?:[(（][^()（）\n]*[)）])?\s*$/u;

/** Phrasing with its bold and italics taken off, their words kept. */
const plainRuns = (children: PhrasingContent[]): PhrasingContent[] =>
  children.flatMap((c): PhrasingContent[] => (c.type === 'strong' || c.type === 'emphasis' ? plainRuns(c.children) : [c]));

const textOf = (children: PhrasingContent[]): string => children.map((c) => ('value' in c ? c.value : 'children' in c ? textOf(c.children) : '')).join('');

/**
 * `**What is a Pod?** (the smallest unit, **not** a container)` opening a paragraph: the aside in
 * brackets belongs to the question, so it joins the bold run, its own bold and italics taken off
 * (the question prints as one run, not part of it bold). The line may go on with its answer,
 * after a dash or on the next line, as it would after the bold question alone.
 */
function joined(p: Paragraph): Paragraph {
  const [bold, ...rest] = p.children;
  if (bold?.type !== 'strong' || !/[?？]\s*$/u.test(textOf(bold.children))) return p;
  const open = rest[0];
  // An aside set in italics whole (`**Q?** _(asked in every round)_`).
  const italic = rest[1];
  if (open?.type === 'text' && /^[ \t]+$/.test(open.value) && italic?.type === 'emphasis' && /^[(（][^\n]*[)）]$/u.test(textOf(italic.children).trim())) {
    return { ...p, children: [{ ...bold, children: [...bold.children, { type: 'text', value: ' ' }, ...plainRuns(italic.children)] }, ...rest.slice(2)] };
  }
  if (open?.type !== 'text' || !/^[ \t]+[(（]/u.test(open.value)) return p;
  // The aside runs to the bracket closing it, on the question's line.
  let depth = 0;
  for (const [i, child] of rest.entries()) {
    if (child.type === 'break' || (child.type === 'text' && child.value.includes('\n') && depth === 0 && i > 0)) return p;
    if (child.type !== 'text') {
      if (!['strong', 'emphasis', 'inlineCode'].includes(child.type)) return p;
      continue;
    }
    for (let k = 0; k < child.value.length; k++) {
      const ch = child.value[k];
      if (ch === '\n') return p;
      if (ch === '(' || ch === '（') depth++;
      else if ((ch === ')' || ch === '）') && --depth === 0) {
        // A full stop closing the line after the aside (`… (Everyone knows it).`) goes with it.
        const stop = /^[.!。！]?(?=\s*(?:\n|$))/u.exec(child.value.slice(k + 1))?.[0].length ?? 0;
        const head = child.value.slice(0, k + 1 + stop);
        const tail = child.value.slice(k + 1 + stop);
        const aside = plainRuns([...rest.slice(0, i), { ...child, value: head }]);
        const words: PhrasingContent[] = [...bold.children, ...aside];
        return { ...p, children: [{ ...bold, children: words }, ...(tail ? [{ ...child, value: tail }] : []), ...rest.slice(i + 1)] };
      }
    }
  }
  return p;
}

const inList = (list: List): List => ({
  ...list,
  children: list.children.map((item) => ({ ...item, children: item.children.map((n, k) => (k === 0 && n.type === 'paragraph' ? joined(n) : n.type === 'list' ? inList(n) : n)) })),
});

/** The blocks of a bank with each bold question's aside joined to it (see `joined`). */
export function boldAsides(nodes: RootContent[]): RootContent[] {
  return nodes.map((n) => (n.type === 'paragraph' ? joined(n) : n.type === 'list' ? inList(n) : n));
}
