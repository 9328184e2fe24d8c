import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from './visit-tree.js';

/** Subscript characters (U+2080–U+209C), by the character each lowers. */
const LOWERED: Record<string, string> = {
  ...Object.fromEntries([...'₀₁₂₃₄₅₆₇₈₉'].map((c, i) => [c, String(i)])),
  '₊': '+',
  '₋': '−',
  '₌': '=',
  '₍': '(',
  '₎': ')',
  ...Object.fromEntries([...'ₐₑₒₓₔₕₖₗₘₙₚₛₜ'].map((c, i) => [c, 'aeoxəhklmnpst'[i]])),
};

/** Superscript characters (U+2070–U+207F, and Latin-1's ¹ ² ³), by the character each raises. */
const RAISED: Record<string, string> = {
  ...Object.fromEntries([...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((c, i) => [c, String(i)])),
  ⁱ: 'i',
  '⁺': '+',
  '⁻': '−',
  '⁼': '=',
  '⁽': '(',
  '⁾': ')',
  ⁿ: 'n',
};

/** A run of subscript characters, or of superscript ones. */
const RUN = /[₀-ₜ]+|[⁰ⁱ⁴-ⁿ¹²³]+/gu;
/** Where a run can be: a character of either block (¹ ² ³ alone are in the text faces). */
const UNCOVERED = /[₀-ₜ⁰ⁱ⁴-ⁿ]/u;

/** Elements whose text is left as written: code, maths and drawings keep their own characters. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'math', 'svg', 'sub', 'sup']);

/**
 * rehype plugin: subscript and superscript characters (`z₁₋α/₂`, `10⁻⁸`, `2ⁿ`, `log₂`) set as
 * `<sub>`/`<sup>` of the characters they lower or raise. The bundled faces have none of them but
 * ¹ ² ³: each printed in whatever system face had it (DejaVu Sans here), a sans digit inside a
 * serif word, or as a box on a machine with none. A run with ¹ ² ³ in it (`10⁻¹²`) is set whole,
 * so its digits match. The page's text reads the characters themselves (`z1−α/2`).
 */
export function scriptCharacters() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') return SKIPPED.has(node.tagName) ? SKIP : undefined;
      // Most texts have none: passed over before the pattern reads them.
      if (node.type !== 'text' || !parent || index === undefined || !UNCOVERED.test(node.value)) return undefined;
      const parts: ElementContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(RUN)) {
        if (!UNCOVERED.test(m[0])) continue;
        const lowered = m[0][0] in LOWERED;
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        const value = [...m[0]].map((c) => (lowered ? LOWERED : RAISED)[c] ?? c).join('');
        parts.push({ type: 'element', tagName: lowered ? 'sub' : 'sup', properties: { className: ['script-char'] }, children: [{ type: 'text', value }] } satisfies Element);
        last = m.index + m[0].length;
      }
      if (!parts.length) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      (parent as Element).children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
