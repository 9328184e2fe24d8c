import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Level } from '../../model/deck.js';

// A bank that sets each task's difficulty as a heading of its own over it (`### 난이도 : 🌶` over
// `#### ☁︎ let 변수선언`), often under a group's name repeated over every task (`### 🎁 Basic`).
// The banners are levels and a group, the deeper headings the questions: read as headings of
// their own, every banner was a question with no answer and the tasks were lost in their answers.

// A level written as a run of one mark after its label: chillies, stars or flames, counted.
const BANNER = /^\s*(?:난이도|difficulty|level|難易度|难度|難度)\s*[:：]?\s*((?:🌶|⭐|★|🔥)\uFE0F?)+\s*$/iu;
const MARK = /🌶|⭐|★|🔥/gu;

/** The level a banner's words give (one mark easy, two medium, three or more hard), or none. */
function bannerLevel(node: RootContent): Level | undefined {
  if (node.type !== 'heading') return undefined;
  const text = toString(node);
  if (!BANNER.test(text)) return undefined;
  const count = text.match(MARK)?.length ?? 0;
  return count >= 3 ? 'hard' : count === 2 ? 'medium' : 'easy';
}

/** A line break or spacer typed as HTML between banners (`<br>`): prints nothing. */
const spacer = (node: RootContent | undefined): boolean => node?.type === 'html' && /^(?:\s*<br\s*\/?>\s*)+$/i.test(node.value);

/** The index of the next node after `i` that is no spacer. */
function nextAt(nodes: RootContent[], i: number): number {
  let k = i + 1;
  while (spacer(nodes[k])) k++;
  return k;
}

/** A symbol every task opens with (`☁︎ `), with its variation selector: a mark, not part of what is asked. */
const OPENING_MARK = /^\s*\p{So}[\uFE0E\uFE0F]?\s+/u;

function withoutOpeningMark(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const value = first.value.replace(OPENING_MARK, '');
  return value ? [{ ...first, value }, ...rest] : rest;
}

/**
 * The bank without its difficulty banners (see above), at least two of them each right over a
 * deeper heading: each level is given to the headings under it, up to the next heading as high as
 * the banner; a group's name repeated over the next banner goes (the first stays, over them all);
 * a symbol opening every task heading goes. Other trees are returned as they are.
 */
export function difficultyBanners(nodes: RootContent[]): RootContent[] {
  const banners = nodes.flatMap((node, i) => {
    const level = bannerLevel(node);
    const next = nodes[nextAt(nodes, i)];
    return level && next?.type === 'heading' && next.depth > (node as Heading).depth ? [i] : [];
  });
  if (banners.length < 2) return nodes;
  const drop = new Set<number>(banners);
  const tasks: Heading[] = [];
  for (const i of banners) {
    const banner = nodes[i] as Heading;
    const level = bannerLevel(banner)!;
    // A group's name right over the banner (spacers between) that repeats the one over the last banner goes.
    let above = i - 1;
    while (spacer(nodes[above])) above--;
    const group = nodes[above];
    if (group?.type === 'heading' && group.depth === banner.depth) {
      const earlier = nodes.slice(0, above).reverse().find((n): n is Heading => n.type === 'heading' && n.depth <= group.depth && !bannerLevel(n));
      if (earlier?.depth === group.depth && toString(earlier) === toString(group)) {
        drop.add(above);
        for (let k = above + 1; k < i; k++) drop.add(k);
      }
    }
    for (let k = i + 1; k < nodes.length; k++) {
      const node = nodes[k];
      if (node.type !== 'heading') continue;
      if (node.depth <= banner.depth) break;
      node.data = { ...node.data, level } as Heading['data'];
      tasks.push(node);
    }
  }
  // The spacers right under a banner go with it.
  for (const i of banners) for (let k = i + 1; spacer(nodes[k]); k++) drop.add(k);
  if (tasks.length && tasks.every((t) => OPENING_MARK.test(toString(t)) && t.children[0]?.type === 'text')) {
    for (const task of tasks) task.children = withoutOpeningMark(task.children);
  }
  return nodes.filter((_, i) => !drop.has(i));
}
