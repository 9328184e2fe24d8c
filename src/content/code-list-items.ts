import type { Root, RootContent } from 'mdast';
import { blocksAt } from './replace-blocks.js';

// A line of CSS typed in a list of question lines (`* { box-sizing: border-box; } What does it do?`)
// opens with the universal selector and a space, which markdown takes for a bullet: a one-item list
// whose item runs on over every unindented line under it, up to the next blank line. Those lines
// were questions, and the list left them all out. A list of one such item, run on over lines of
// its own, is parsed again with its star read as the character it is.

/** A bullet, then what reads as code rather than an item: a brace, a selector combinator, a line ending as a statement or a rule opens. */
const CODE_ITEM = /^ {0,3}([*+-])[ \t]+(?=[{}]|[>~+][ \t]*[\w.#[:*]|[^\n]*[;{][ \t]*$)/;
/** A line typed with no indent (the item's lines run on lazily, not indented under its bullet). */
const UNINDENTED = /^\S/;

/** Top-level lists of one code-like item run on over unindented lines, as the paragraph those lines are. */
export function restoreCodeListItems(tree: Root, source: string, parse: (text: string) => Root): Root {
  if (!/^ {0,3}[*+-][ \t]/m.test(source)) return tree;
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (node.type !== 'list' || node.ordered || node.children.length !== 1 || start?.offset === undefined || end?.offset === undefined) return [node];
    const text = source.slice(start.offset, end.offset);
    const [first, ...rest] = text.split('\n');
    if (!CODE_ITEM.test(first) || !rest.some((line) => UNINDENTED.test(line))) return [node];
    // A backslash keeps the star as text; the line is one character longer, the lines under it stay where they are.
    const escaped = [first.replace(CODE_ITEM, (m: string, bullet: string) => m.replace(bullet, `\\${bullet}`)), ...rest].join('\n');
    return blocksAt(escaped, parse, start.line - 1, start.offset);
  });
  return tree;
}
