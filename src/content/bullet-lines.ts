import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cutParagraph, lineCuts } from './layouts/cut-paragraph.js';
import { replaceBlocks } from './replace-blocks.js';

// Text pasted from a chat or a word processor keeps its bullets as characters (`\t•\tA read-only
// template.`), which markdown reads as lines of one paragraph: printed, they run together. Lines
// opening with a bullet character are put back as the list they are.

const BULLET = /^\s*[•◦▪‣●■□➢➤►▸]\s*/u;
const BULLET_AT_LINE = /(?:^|\n)\s*[•◦▪‣●■□➢➤►▸]/u;

/** A line opening with a bullet character, that character taken off. */
function unbulleted(line: Paragraph): Paragraph | undefined {
  const [first, ...rest] = line.children;
  if (first?.type !== 'text' || !BULLET.test(first.value)) return undefined;
  const value = first.value.replace(BULLET, '');
  return { ...line, children: value ? [{ ...first, value }, ...rest] : rest };
}

/** Lines as one paragraph again, each on its own line. */
function joined(lines: Paragraph[]): Paragraph {
  const children = lines.flatMap((l, i): PhrasingContent[] => (i ? [{ type: 'text', value: '\n' }, ...l.children] : l.children));
  return { type: 'paragraph', children, position: lines[0].position && { start: lines[0].position.start, end: lines[lines.length - 1].position!.end } };
}

/** A paragraph with bullet lines as the paragraph before the first bullet and a list of the rest; undefined when no line has a bullet. */
function bulletList(p: Paragraph): RootContent[] | undefined {
  // Most paragraphs have no bullet at a line start: they are not cut into lines at all.
  if (!p.children.some((c) => c.type === 'text' && BULLET_AT_LINE.test(c.value))) return undefined;
  const lines = cutParagraph(p, lineCuts(p.children));
  const first = lines.findIndex((l) => unbulleted(l));
  if (first < 0 || !toString(lines[first]).replace(BULLET, '').trim()) return undefined;
  const items: Paragraph[][] = [];
  for (const line of lines.slice(first)) {
    const item = unbulleted(line);
    // A line with no bullet goes on the item above it.
    if (item) items.push([item]);
    else items[items.length - 1].push(line);
  }
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [joined(item)], position: joined(item).position })),
    position: { start: lines[first].position!.start, end: p.position?.end ?? lines[lines.length - 1].position!.end },
  };
  return first ? [joined(lines.slice(0, first)), list] : [list];
}

/** Every paragraph holding bullet-character lines, anywhere in the tree, as a paragraph and a list. */
export function restoreBulletLines(tree: Root): Root {
  return replaceBlocks(tree, (node) => (node.type === 'paragraph' ? bulletList(node) : undefined));
}
