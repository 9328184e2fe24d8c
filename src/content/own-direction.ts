import type { Element, ElementContent, Root } from 'hast';
import type { RenderContext } from '../model/render-context.js';
import { directionOf } from '../model/labels.js';
import { textOf } from './hast-text.js';

/** A letter of a script written right to left. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
/** A letter of any script. */
const LETTER = /\p{L}/u;

/** Blocks whose own direction is read from their text. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** True when a block has letters and none of them is written right to left. */
const leftToRight = (node: Element): boolean => {
  const text = textOf(node);
  return LETTER.test(text) && !RTL_LETTER.test(text);
};

/**
 * rehype plugin: in a fragment of a right-to-left language, a paragraph, list item or heading with
 * no right-to-left letter at all (a multiple-choice option `A: Lydia and undefined`, a command, an
 * English line) is set left to right: in the page's direction its words and code came out in the
 * wrong order ("undefined A: Lydia and"), which no reader can undo. A list whose every item is so
 * set runs left to right too, its markers and indent on the left. A block with one right-to-left
 * word keeps the page's direction (an Arabic sentence that opens on an English term). Code is
 * already set left to right by the styles and is not walked.
 */
export const ownDirection = () => (tree: Root, file: { data: unknown }) => {
  const lang = (file.data as { studyguide?: RenderContext }).studyguide?.lang;
  if (!lang || directionOf(lang) !== 'rtl') return;
  const walk = (node: Root | Element): void => {
    for (const child of node.children as ElementContent[]) {
      if (child.type !== 'element' || child.tagName === 'pre' || child.tagName === 'code') continue;
      if (child.properties.dir) continue;
      if (BLOCKS.has(child.tagName) && leftToRight(child)) {
        child.properties.dir = 'ltr';
        continue;
      }
      walk(child);
      if ((child.tagName === 'ul' || child.tagName === 'ol') && allItemsLeftToRight(child)) child.properties.dir = 'ltr';
    }
  };
  walk(tree);
};

const allItemsLeftToRight = (list: Element): boolean => {
  const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  return items.length > 0 && items.every((item) => item.properties.dir === 'ltr');
};
