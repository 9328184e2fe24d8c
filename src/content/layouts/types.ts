import type { Heading, RootContent } from 'mdast';
import type { DroppedHtml } from './html-to-mdast.js';
import type { LayoutName } from '../../model/layouts.js';
export { LAYOUT_CHOICES, LAYOUT_LABELS, type LayoutChoice, type LayoutName, type LineSpan, type Reading } from '../../model/layouts.js';

/** One piece of a foreign deck as its layout reads it, before it is put into our shape. */
export type Part =
  | { kind: 'heading'; node: Heading }
  | { kind: 'question'; heading: Heading; body: RootContent[] }
  | { kind: 'content'; node: RootContent };

/**
 * A node that opens no question, where it goes: on the open question's body, else on its own
 * before the questions (text above the first one, a section's intro).
 */
export function placeBody(parts: Part[], open: { body: RootContent[] } | undefined, node: RootContent): void {
  if (open) open.body.push(node);
  else parts.push({ kind: 'content', node });
}

/** A layout: how many questions it would find in a file (for detection), and its reading. */
export interface Layout {
  name: LayoutName;
  count(nodes: RootContent[]): number;
  /** `warn` reports what the reading could only guess at (a block never closed) at its line. */
  read(nodes: RootContent[], dropped: DroppedHtml[], warn?: (line: number, code: 'unclosed-details' | 'left-out', message: string) => void): Part[];
}

