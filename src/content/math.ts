import rehypeKatex from 'rehype-katex';
import type { Root } from 'hast';
import type { InlineMath } from 'mdast-util-math';
import type { Parent as MdParent, Root as MdRoot } from 'mdast';
import type { VFile } from 'vfile';
import type { HastPlugin, RenderContext } from '../model/render-context.js';

/** Largest size, in em, a formula may ask for (about half a page): larger ones are capped. */
export const MAX_FORMULA_EM = 40;

/**
 * `$…$` and `$$…$$` (parsed by remark-math) typeset with KaTeX at build time as HTML+CSS, so
 * the printing page needs no script. A formula KaTeX cannot read is printed in red and reported
 * as a warning at its line instead of failing the deck.
 */
export const rehypeMath: HastPlugin = function () {
  // HTML plus MathML: the MathML (hidden in print by katex-css.ts) keeps the TeX source, which
  // screen readers and the Anki export (outputs/anki-output.ts) use.
  // maxSize caps every size a formula gives (`\rule{10em}{100000em}` would be a thousand pages).
  const typeset = rehypeKatex.call(this, { output: 'htmlAndMathml', errorColor: '#b00020', maxSize: MAX_FORMULA_EM }) as (tree: Root, file: VFile) => void;
  return (tree, file) => {
    const before = file.messages.length;
    typeset(tree, file);
    const context = file.data.studyguide as RenderContext | undefined;
    if (!context) return;
    for (const message of file.messages.slice(before)) {
      const reason = message.cause instanceof Error ? message.cause.message.split('\n')[0] : message.reason;
      const line = message.line ?? context.line;
      const text = `formula could not be typeset (${reason}) — check the TeX between the $ signs`;
      // A card answer is rendered twice when it is also the full answer: report it once.
      if (context.diagnostics.some((d) => d.line === line && d.message === text)) continue;
      context.diagnostics.push({ file: context.file, line, severity: 'warning', code: 'bad-math', message: text });
    }
  };
};

/**
 * remark-math pairs any two `$`, so "costs $5 or $10" would turn into a formula. Following
 * Pandoc's rule, inline maths must not start or end with a space nor be followed by a digit;
 * anything else goes back to the text it was written as.
 */
export function restoreDollarText(tree: MdRoot, source: string): MdRoot {
  const visit = (parent: MdParent): void => {
    parent.children.forEach((node, i) => {
      if (node.type === 'inlineMath' && looksLikeMoney(node, source)) {
        const { start, end } = node.position!;
        parent.children[i] = { type: 'text', value: source.slice(start.offset, end.offset), position: node.position };
      } else if ('children' in node) visit(node);
    });
  };
  visit(tree);
  return tree;
}

function looksLikeMoney(node: InlineMath, source: string): boolean {
  const end = node.position?.end.offset;
  if (node.position?.start.offset === undefined || end === undefined) return false;
  // Only single-dollar maths is ambiguous; `$$x$$` inline is always meant as maths.
  if (source[node.position.start.offset + 1] === '$') return false;
  return /^\s|\s$/.test(node.value) || /\d/.test(source[end] ?? '');
}
