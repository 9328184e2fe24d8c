import type { ElementContent, Root } from 'hast';
import { visit } from './visit-tree.js';
import { textOf } from './hast-text.js';
import { withBreaks } from './cell-code.js';

/**
 * Up to this many characters, code in a line of text is never broken: "border-box", "IS NULL",
 * "{{ ds }}" split over two lines read as two things (or as a hyphenated word). Longer code may
 * break, or it would run out of a card's or a column's line.
 */
export const UNBROKEN_CODE_CHARS = 24;

/**
 * A word of code longer than this (a card's line holds about 40 characters) cannot move whole to
 * the next line of every output: it breaks after its separators (`_`, `.`, `:`, `=`, `,`), as
 * code in a table cell does, rather than anywhere. A 60-character snake_case name printed
 * "…settlement_batche" over a lone "s" in a guide's heading, "…_the_s" over "ettlement_batches"
 * on a business card.
 */
const LONG_CODE_WORD_CHARS = 40;

/** After these, between two other characters, a long word of code may break: `settlement_|batches`, `kubernetes.|io`. */
const AFTER = /(?<=[^_./:=,\s-])([_.:=,]+)(?=[^_./:=,\s-])/gu;
const BREAKS = new RegExp(AFTER.source, 'u');

/** A last token this short ("}", ");") stays with the one before it: it never ends code alone on a line. */
const TAIL_CHARS = 3;

/**
 * rehype plugin: marks short inline code `class="unbroken"` (base.css keeps it on one line); in
 * longer code, a short last token is kept on one line with the token before it.
 */
export function shortCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'code' || (parent?.type === 'element' && parent.tagName === 'pre')) return;
      if ([...textOf(node)].length <= UNBROKEN_CODE_CHARS) {
        const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
        node.properties.className = [...classes, 'unbroken'];
        return;
      }
      const [only] = node.children;
      if (node.children.length !== 1 || only.type !== 'text') return;
      node.children = unbrokenWords(only.value);
    });
  };
}

const unbroken = (value: string): ElementContent => ({ type: 'element', tagName: 'span', properties: { className: ['unbroken'] }, children: [{ type: 'text', value }] });

/**
 * Longer code breaks between its words only: each word up to UNBROKEN_CODE_CHARS long that the
 * browser would break inside (at a hyphen or a slash: `--line-buffered` set as "--⏎line-buffered")
 * is kept whole, and a short last word stays with the one before it. A longer word may still break.
 */
function unbrokenWords(code: string): ElementContent[] {
  const words = code.split(/( +)/);
  const tail = words.length >= 3 && words[words.length - 1].length <= TAIL_CHARS && words[words.length - 1].length > 0 ? words.splice(-3).join('') : undefined;
  const out: ElementContent[] = [];
  let text = '';
  for (const word of words) {
    if (/[-/\u2010](?=.)/u.test(word) && [...word].length <= UNBROKEN_CODE_CHARS) {
      if (text) out.push({ type: 'text', value: text });
      out.push(unbroken(word));
      text = '';
    } else if ([...word].length > LONG_CODE_WORD_CHARS && BREAKS.test(word)) {
      // The text before ends in spaces, so joining it adds no break point; the part after the last break goes on.
      const pieces = withBreaks(text + word, AFTER);
      const rest = pieces.pop();
      out.push(...pieces);
      text = rest?.type === 'text' ? rest.value : '';
    } else text += word;
  }
  if (text) out.push({ type: 'text', value: text });
  if (tail) out.push(unbroken(tail));
  return out;
}
