import { toString } from 'mdast-util-to-string';
import type { ListItem } from 'mdast';
import { ASKS } from './list-items.js';
import { scriptOf } from './script-of.js';

/** The one line nested under an item's words, when that is all the item holds. */
function lonePoint(item: ListItem): string | undefined {
  const [, sub, ...more] = item.children;
  if (more.length || sub?.type !== 'list' || sub.children.length !== 1) return undefined;
  const [only] = sub.children;
  return only.children.length === 1 && only.children[0].type === 'paragraph' ? toString(only).trim() : undefined;
}

/**
 * The items of a list that ask their question again in another script on the one line nested
 * under them (`- Why did you choose …?⏎  - …を教えてください`), as a bilingual list of questions to
 * study writes them: two such items at least, most of those lines asking (an answer's line does not).
 */
export function translatedItems(items: ListItem[], translatedInto?: number): Set<ListItem> {
  const found = items.flatMap((item) => {
    const point = lonePoint(item);
    const [first] = item.children;
    if (!point || first?.type !== 'paragraph') return [];
    const [asked, again] = [scriptOf(toString(first)), scriptOf(point)];
    return asked >= 0 && again >= 0 && asked !== again ? [{ item, point, again }] : [];
  });
  // In a bank translated item by item (translated-pairs.ts), a translation slipped under its item by a space is one too.
  if (translatedInto !== undefined && found.length < 2) return new Set(found.filter(({ again }) => again === translatedInto).map(({ item }) => item));
  const asking = found.filter(({ point }) => ASKS.test(point)).length;
  return found.length >= 2 && asking * 2 >= found.length ? new Set(found.map(({ item }) => item)) : new Set();
}
