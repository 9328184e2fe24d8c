import type { Element, ElementContent, Root } from 'hast';
import type { RenderContext } from '../model/render-context.js';
import { directionOf } from '../model/labels.js';
import { textOf } from './hast-text.js';

/** A letter of a script written right to left. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
/** A letter of any script. */
const LETTER = /\p{L}/u;

/** Blocks whose own direction is read from their text (a list's, from all its items). */
const BLOCKS = new Set(['p', 'dt', 'dd', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** True when a block has letters and none of them is written right to left. */
const leftToRight = (node: Element): boolean => {
  const text = textOf(node);
  return LETTER.test(text) && !RTL_LETTER.test(text);
};

/**
 * rehype plugin: in a fragment of a right-to-left language, a paragraph or heading with no
 * right-to-left letter at all (a command, an English line), and a list whose items have none (a
 * multiple-choice question's `A: Lydia and undefined`), is set left to right, a list's markers and
 * indent on the left: in the page's direction its words and code came out in the wrong order
 * ("undefined A: Lydia and"), which no reader can undo. A block with one right-to-left
 * word keeps the page's direction (an Arabic sentence that opens on an English term). Code is
 * already set left to right by the styles and is not walked.
 */
export const ownDirection = () => (tree: Root, file: { data: unknown }) => {
  const lang = (file.data as { studyguide?: RenderContext }).studyguide?.lang;
  if (!lang || directionOf(lang) !== 'rtl') return;
  const walk = (node: Root | Element): void => {
    for (const child of node.children as ElementContent[]) {
      if (child.type !== 'element' || child.tagName === 'pre' || child.tagName === 'code' || child.properties.dir) continue;
      if (child.tagName === 'ul' || child.tagName === 'ol') {
        // A list turns as a whole: one whose items mix Arabic and Latin ones (a list of languages)
        // keeps its bullets on one side, each item in the page's direction.
        const items = child.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
        if (items.length > 0 && items.every(leftToRight)) child.properties.dir = 'ltr';
        else for (const item of items) walkItem(item);
      } else if (BLOCKS.has(child.tagName) && leftToRight(child)) child.properties.dir = 'ltr';
      else walk(child);
    }
  };
  // Inside an item of a mixed list only its own lists are read again: its paragraphs stay with it.
  const walkItem = (item: Element): void => {
    for (const child of item.children) if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) walk({ ...item, children: [child] });
  };
  walk(tree);
};
