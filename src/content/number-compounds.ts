import type { Element, ElementContent, Root } from 'hast';
import type { RenderContext } from '../model/render-context.js';
import { SKIP, visit } from './visit-tree.js';

/** A number joined to a word by a hyphen: `7-day`, `3-tier`, `24-hour`, `2,5-fach`. */
const NUMBER_COMPOUND = /(?<![\p{L}\p{N}_.-])\d+(?:[.,]\d+)?-\p{L}[\p{L}\p{M}]*/gu;

/** In a question's heading, any hyphenated compound too: `point-in-time`, `real-time`, `Ende-zu-Ende` (tried after a number compound, so `2,5-fach` stays one). */
const HEADING_COMPOUND = new RegExp(`${NUMBER_COMPOUND.source}|(?<![\\p{L}\\p{M}\\p{N}_-])[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)+(?![\\p{L}\\p{M}\\p{N}_-])`, 'gu');

/** Where a compound can be at all: a hyphen between a number and a letter, or (in a heading) between two letters or numbers. */
const NUMBER_JOINT = /\d-\p{L}/u;
const ANY_JOINT = /[\p{L}\p{N}]-[\p{L}\p{N}]/u;

/**
 * Longest compound kept whole: a longer one ("3-Schichtenarchitekturmodernisierung") may need its
 * breaks in a narrow column. A heading's word compound may be longer: it is read as one word.
 */
const LONGEST = 16;
const LONGEST_IN_HEADING = 20;

/** Elements whose text is left alone: code keeps its own breaks, links their addresses, maths its markup. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'a', 'math', 'svg']);

/**
 * rehype plugin: a number joined to a word by a hyphen is kept on one line (`class="nobr"`,
 * base.css): a line ending on "7-" with "day" opening the next ("How do you compute a rolling
 * 7-⏎day mean?", in a question's heading and its contents line) reads as a number left hanging.
 * In a question's heading every short hyphenated compound is: a 4×6 card broke "point-⏎in-time
 * recovery", a compound read as two words.
 */
export function numberCompounds() {
  return (tree: Root, file: { data: unknown }) => {
    const heading = (file.data as { studyguide?: RenderContext }).studyguide?.heading === true;
    const pattern = heading ? HEADING_COMPOUND : NUMBER_COMPOUND;
    const longest = (word: string) => (heading && !/^\d/.test(word) ? LONGEST_IN_HEADING : LONGEST);
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') return SKIPPED.has(node.tagName) ? SKIP : undefined;
      // Most texts have no hyphen: they are passed over before any pattern reads them.
      if (node.type !== 'text' || !parent || index === undefined || !node.value.includes('-') || !(heading ? ANY_JOINT : NUMBER_JOINT).test(node.value)) return undefined;
      const parts: ElementContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(pattern)) {
        if (m[0].length > longest(m[0])) continue;
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        parts.push({ type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children: [{ type: 'text', value: m[0] }] } satisfies Element);
        last = m.index + m[0].length;
      }
      if (!parts.length) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      (parent as Element).children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
