import type { Element, ElementContent, Text } from 'hast';
import type { HastPlugin } from '../model/render-context.js';
import { SKIP, visit } from './visit-tree.js';

/** Punctuation written tight after a formula: closing brackets and quotes, and stops (":", ",", "?"…). */
const TRAILING = /^[\p{Pe}\p{Pf}\p{Po}]+/u;

const isInlineFormula = (node: ElementContent | undefined): node is Element => {
  if (node?.type !== 'element' || node.tagName !== 'span') return false;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes[0] === 'katex';
};

/**
 * rehype plugin, after the maths is typeset: an inline formula and the punctuation written tight
 * after it ("$s^2$:", "($t_1$)") are kept on one line, as TeX does. Chromium treats the formula as
 * one box with a break allowed on either side, so a card printed ": update a prior" at the start of
 * a line. The pair goes in a span that does not wrap; the formula itself still breaks where KaTeX
 * allows (styles/base.css sets its inside back to normal wrapping).
 */
export const tieMathPunctuation: HastPlugin = () => (tree) => {
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || !isInlineFormula(node)) return;
    const next = parent.children[index + 1];
    const stops = next?.type === 'text' ? TRAILING.exec(next.value)?.[0] : undefined;
    if (!stops) return SKIP;
    const rest = (next as Text).value.slice(stops.length);
    tailTied(node);
    const tied: Element = { type: 'element', tagName: 'span', properties: { className: ['math-tied'] }, children: [node, { type: 'text', value: stops }] };
    parent.children.splice(index, 2, tied, ...(rest ? [{ type: 'text' as const, value: rest }] : []));
    return [SKIP, index + 1];
  });
};

/**
 * Chromium takes the break after a box from the style of the box's parent: the formula's last
 * part (KaTeX's last `.base`) goes in a span that does not wrap, so no line ends between it and
 * the punctuation, while the parts before it still part where KaTeX allows.
 */
function tailTied(formula: Element): void {
  const html = formula.children.find((c): c is Element => c.type === 'element' && Array.isArray(c.properties.className) && c.properties.className.includes('katex-html'));
  if (!html) return;
  let last = html.children.length - 1;
  while (last >= 0 && html.children[last].type !== 'element') last--;
  if (last < 0) return;
  html.children[last] = { type: 'element', tagName: 'span', properties: { className: ['math-tail'] }, children: [html.children[last]] };
}
