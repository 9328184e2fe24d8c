import type { Heading, RootContent } from 'mdast';
import type { Position } from 'unist';
import { htmlToMdast, type DroppedHtml } from './html-to-mdast.js';
import type { Part } from './types.js';

/** A piece of a `<details>` block's content: raw HTML (a tag, or the text between tags) or a markdown block. */
export type Chunk = { html: string; at: Position } | { node: RootContent };

const TAG = /^<(\/?)(details|summary)\b/i;

/** HTML that prints no words of its own: wrappers (`<div class="content">`), comments, headings (the groups' own titles). */
function onlyWrappers(html: string): boolean {
  const words = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<h([1-6])\b[^>]*>[\s\S]*?<\/h\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ');
  return !words.trim();
}

/**
 * An accordion's group (`<details><summary>About me</summary><div>` over two or more `<details>`
 * questions, with nothing else of its own but headings such as `<h5>[Project]</h5>`): the blocks
 * it holds, to be read as questions under its title. Undefined for a question whose answer holds
 * a `<details>` of its own, or words of its own.
 */
export function groupedBlocks(chunks: Chunk[]): RootContent[] | undefined {
  let depth = 0;
  let inner = 0;
  for (const chunk of chunks) {
    if ('node' in chunk) {
      if (depth === 0 && chunk.node.type !== 'heading' && !(chunk.node.type === 'html' && onlyWrappers(chunk.node.value))) return undefined;
      continue;
    }
    const tag = TAG.exec(chunk.html);
    if (tag && tag[2].toLowerCase() === 'details') {
      depth = Math.max(0, depth + (tag[1] ? -1 : 1));
      if (!tag[1] && depth === 1) inner++;
    } else if (!tag && depth === 0 && !onlyWrappers(chunk.html)) return undefined;
  }
  if (inner < 2) return undefined;
  return chunks.map((chunk): RootContent => ('node' in chunk ? chunk.node : { type: 'html', value: chunk.html, position: chunk.at }));
}

// A control's label beside an accordion's title ("expand", "펼치기", "展开"): it says what clicking does, not what the group holds.
const TOGGLE = /<(span|small|i|em)\b[^>]*>\s*(?:expand|collapse|show|hide|toggle|click to (?:expand|open)|open|more|펼치기|접기|열기|展开|收起|展開|開く|閉じる|развернуть|свернуть|показать|mostrar|ocultar|expandir|ver más|afficher|[▶▼►▸▾+＋])\s*<\/\1\s*>/giu;

/** A group's summary without the toggle's label. */
export function withoutToggle(summary: string): string {
  return summary.replace(TOGGLE, '');
}

/**
 * What a group read inside: its headings (`<h5>[Project]</h5>`) one level under the group's
 * title, its wrappers (`<div>`, `</div>`) gone, its questions as they are.
 */
export function placeGroup(parts: Part[], title: Heading, dropped: DroppedHtml[]): Part[] {
  const out: Part[] = [{ kind: 'heading', node: title }];
  for (const part of parts) {
    if (part.kind !== 'content' || part.node.type !== 'html') {
      out.push(part.kind === 'heading' ? { kind: 'heading', node: { ...part.node, depth: Math.min(6, title.depth + 1) as Heading['depth'] } } : part);
      continue;
    }
    if (onlyWrappers(part.node.value) && !/<h[1-6]\b/i.test(part.node.value)) continue;
    for (const node of htmlToMdast(part.node.value, part.node.position, dropped)) {
      out.push(node.type === 'heading' ? { kind: 'heading', node: { ...node, depth: Math.min(6, title.depth + 1) as Heading['depth'] } } : { kind: 'content', node });
    }
  }
  return out;
}
