import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Diagnostic, Level } from '../../model/deck.js';
import { levelMark, STARS, starLevel } from './level-marks.js';
import { unquoted } from './unquoted.js';

// A run of stars closing the first line of a paragraph or list item, after words that end
// as a question or prompt does (`What is hoisting? ★☆☆`, `**What is a closure?** ⭐⭐`).
const LINE_STARS = new RegExp(`([?？.!)）]|^)(\\s*${STARS}\\s*)$`, 'u');

/** Stars taken off question lines before the layout is read, by the line they stood on. */
export type LineStars = Map<number, string>;

/**
 * Takes a run of stars off the first line of each paragraph and list item (`1. What is hoisting? ★★☆`
 * over its answer), so that the line reads as the question it is; the stars are kept by line, to give
 * the question read there its level (see `starLevels`).
 */
export function takeLineStars(nodes: RootContent[]): { nodes: RootContent[]; stars: LineStars } {
  const stars: LineStars = new Map();
  const paragraph = (p: Paragraph): Paragraph => {
    const line = p.position?.start.line;
    if (line === undefined) return p;
    const at = p.children.findIndex((c) => c.type === 'text' && c.value.includes('\n'));
    const end = at < 0 ? p.children.length - 1 : at;
    const child = p.children[end];
    if (child?.type !== 'text') return p;
    const cut = at < 0 ? child.value.length : child.value.indexOf('\n');
    const head = child.value.slice(0, cut);
    const m = LINE_STARS.exec(head);
    // Words before the stars: in this text, or a bold or code run right before it.
    if (!m || (!m[1] && (end === 0 || head.slice(0, m.index).trim()))) return p;
    if (!m[1] && !['strong', 'emphasis', 'inlineCode'].includes(p.children[end - 1].type)) return p;
    stars.set(line, m[3]);
    const value = head.slice(0, m.index + m[1].length) + child.value.slice(cut);
    const children: PhrasingContent[] = [...p.children.slice(0, end), ...(value ? [{ ...child, value }] : []), ...p.children.slice(end + 1)];
    return { ...p, children };
  };
  const item = (li: ListItem): ListItem => {
    const [first, ...rest] = li.children;
    return { ...li, children: [first?.type === 'paragraph' ? paragraph(first) : first, ...rest.map((n) => (n.type === 'list' ? list(n) : n))].filter(Boolean) };
  };
  const list = (l: List): List => ({ ...l, children: l.children.map(item) });
  const out = nodes.map((n) => (n.type === 'paragraph' ? paragraph(n) : n.type === 'list' ? list(n) : n));
  return { nodes: stars.size ? out : nodes, stars };
}

/**
 * Question headings (`###`) in our shape: their enclosing quotation marks go (`### "Why this
 * team?"`), and a run of stars on them (`### What is a closure? ★★`, or one taken off their line
 * before) is their level where the bank means one: counts that differ (`★`, `★★`, `★★★`), or a
 * scale written out with empty stars (`★☆☆`). A single `★` on every marked question marks
 * something else (a favourite, a must-know): it goes, and is said once. A traffic-light colour or
 * a level's name in brackets opening or closing them is their level too.
 */
export function starLevels(nodes: RootContent[], lineStars: LineStars, file: string, diagnostics: Diagnostic[]): void {
  const marked: { heading: Heading; stars: string }[] = [];
  for (const node of nodes) {
    if (node.type !== 'heading' || node.depth !== 3) continue;
    node.children = unquoted(node.children);
    const line = node.position?.start.line;
    const taken = line !== undefined ? lineStars.get(line) : undefined;
    if (taken) {
      marked.push({ heading: node, stars: taken });
      lineStars.delete(line!);
      continue;
    }
    const mark = levelMark(node.children);
    if (!mark) continue;
    if (!mark.stars) {
      // A colour or a level's name in brackets (`### What is a ref? (Medium)`, `### 🔴 Why …?`) says
      // the level as plainly as in a bank's own layout; a "Level:" line under the question still wins.
      node.children = unquoted(mark.children);
      if (!(node.data as { level?: Level } | undefined)?.level) node.data = { ...node.data, level: mark.level } as Heading['data'];
      continue;
    }
    node.children = unquoted(mark.children);
    marked.push({ heading: node, stars: mark.stars });
  }
  const unplaced = [...lineStars.keys()];
  for (const line of unplaced) {
    diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message: `stars "${lineStars.get(line)}" on a line that is no question left out — write its level on a "Level:" line` });
  }
  if (!marked.length) return;
  const runs = marked.map((m) => m.stars.replace(/\uFE0F/g, ''));
  const scale = runs.some((r) => r.includes('☆'));
  const counts = new Set(runs.map((r) => [...r].length));
  const levels = scale || counts.size > 1 || [...counts][0] > 1;
  if (levels) {
    for (const { heading, stars } of marked) {
      const data = (heading.data ?? {}) as { level?: Level };
      if (!data.level) heading.data = { ...heading.data, level: starLevel(stars) } as Heading['data'];
    }
    return;
  }
  // One star on some questions only marks them (a must-know, asked often): the mark is their tag, as `#⭐` would be.
  const tag = runs[0];
  for (const { heading } of marked) {
    const data = (heading.data ?? {}) as { tags?: string[] };
    const tags = data.tags ?? [];
    if (!tags.includes(tag)) heading.data = { ...heading.data, tags: [...tags, tag] } as Heading['data'];
  }
}
