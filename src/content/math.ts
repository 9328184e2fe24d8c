import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from './visit-tree.js';
import type { Element, ElementContent, Root } from 'hast';
import type { InlineMath, Math as MdMath } from 'mdast-util-math';
import type { Paragraph, Parent as MdParent, Root as MdRoot } from 'mdast';
import type { HastPlugin, RenderContext } from '../model/render-context.js';
import type { Diagnostic } from '../model/deck.js';
import { textOf } from './hast-text.js';

/**
 * Largest size, in em, a formula may take or ask for: about a page of the guide (60 × 11 pt is
 * 9 in). `\rule{10em}{100000em}` is thirty bytes and would print a thousand empty pages.
 */
export const MAX_FORMULA_EM = 60;

/**
 * Deepest nesting of groups a formula may have. KaTeX parses groups recursively, so ten thousand
 * braces overflowed the stack and failed the whole deck with no line; TeX itself stops at 255.
 */
const MAX_FORMULA_DEPTH = 100;

/**
 * `$…$` and `$$…$$` (parsed by remark-math) typeset with KaTeX at build time as HTML+CSS, so
 * the printing page needs no script. Everything KaTeX says about a formula is reported at the
 * formula's line: TeX it cannot read is printed in red (a warning), input it reads but LaTeX
 * would not is a warning (KaTeX would only have written it to the console), and a formula
 * larger than MAX_FORMULA_EM is an error, printed as its TeX source.
 */
export const rehypeMath: HastPlugin = () => (tree, file) => {
  const context = file.data.studyguide as RenderContext | undefined;
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    // Sanitizing left maths as code.language-math: inside a <pre> for display ($$ on its own lines).
    const code = node.tagName === 'pre' && node.children.length === 1 && isMath(node.children[0]) ? node.children[0] : node;
    if (!isMath(code)) return;
    const display = code !== node;
    const inCell = !display && aloneInCell(node, parent);
    if (inCell) {
      const cell = parent as Element;
      const classes = Array.isArray(cell.properties.className) ? cell.properties.className : [];
      cell.properties.className = [...classes, 'math-cell'];
    }
    const tex = inCell ? `\\displaystyle ${textOf(code)}` : textOf(code);
    const typeset = typesetFormula(tex, display, code.position?.start.line ?? node.position?.start.line ?? context?.line ?? 1, context);
    parent.children.splice(index, 1, ...typeset);
    return [SKIP, index + typeset.length];
  });
};

/**
 * A formula that is all a table cell holds (a column of formulas: `$\\frac{TP}{TP+FP}$`) is set in
 * display style, as a displayed formula is, inline: in text style a fraction's terms print at 70 %
 * of the table's smaller type (7 pt beside 9 pt), and a column of nothing else has the room. The
 * cell is marked `math-cell`, which base.css gives room above and below the fraction.
 */
function aloneInCell(node: Element, parent: Root | Element): boolean {
  if (parent.type !== 'element' || (parent.tagName !== 'td' && parent.tagName !== 'th')) return false;
  return parent.children.every((child) => child === node || (child.type === 'text' && !child.value.trim()));
}

/** A command that defines a macro, the way a formula's expansion can run without end. */
const MACRO = /\\(?:[gex]?def|let|(?:re)?newcommand|providecommand)\b/;

function typesetFormula(tex: string, displayMode: boolean, line: number, context: RenderContext | undefined): ElementContent[] {
  const report = (d: Omit<Diagnostic, 'file' | 'line'>) => {
    if (!context) return;
    // A card answer is rendered twice when it is also the full answer: report it once.
    if (context.diagnostics.some((seen) => seen.line === line && seen.message === d.message)) return;
    context.diagnostics.push({ file: context.file, line, ...d });
  };
  // HTML plus MathML: the MathML (hidden in print by katex-css.ts) keeps the TeX source, which
  // screen readers and the Anki export (outputs/anki-output.ts) use.
  const notes: string[] = [];
  // Commands KaTeX leaves out unless trusted (\href, \url, \includegraphics, \htmlClass…): never
  // trusted in a shared deck, and said, for each printed as its name alone in red.
  const untrusted = new Set<string>();
  const options = {
    displayMode,
    output: 'htmlAndMathml' as const,
    strict: (code: string, message: string) => (notes.push(`${message} [${code}]`), 'ignore' as const),
    trust: (context: { command: string }) => (untrusted.add(context.command), false),
  };
  const source = (): ElementContent[] => [{ type: 'element', tagName: 'code', properties: { className: ['math-source'] }, children: [{ type: 'text', value: tex }] }];
  const depth = formulaDepth(tex);
  const tooDeep = (levels: string) => {
    report({ severity: 'error', code: 'math-too-large', message: `formula nested ${levels} deep, over the ${MAX_FORMULA_DEPTH}-level limit — flatten its groups ({…}, \\left…\\right, \\begin…\\end)` });
    return source();
  };
  if (depth > MAX_FORMULA_DEPTH) return tooDeep(`${depth} levels`);
  let html: string;
  try {
    html = katex.renderToString(tex, { ...options, throwOnError: true });
  } catch (err) {
    // Nesting the count above does not see (optional arguments in brackets) can still overflow.
    // A macro that calls itself (\def\a{\a}) expands without end: KaTeX stops it at its expansion
    // limit (its message asked to raise a setting no deck has) or at the stack's, said as nesting.
    const macro = MACRO.exec(tex)?.[0];
    const endless = err instanceof RangeError || (err instanceof Error && /Too many expansions/.test(err.message));
    if (macro && endless) {
      const message = `formula's ${macro} macro expands without end (it calls itself, or grows each time) — define it without calling itself, or write the formula out`;
      if (err instanceof RangeError) {
        report({ severity: 'error', code: 'math-too-large', message });
        return source();
      }
      report({ severity: 'warning', code: 'bad-math', message });
      return nodes(katex.renderToString(tex, { ...options, throwOnError: false, errorColor: '#b00020' }));
    }
    if (err instanceof RangeError) return tooDeep('too many levels');
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    report({ severity: 'warning', code: 'bad-math', message: `formula could not be typeset (${reason}) — check the TeX between the $ signs` });
    return nodes(katex.renderToString(tex, { ...options, throwOnError: false, errorColor: '#b00020' }));
  }
  const size = formulaSize(html);
  if (size > MAX_FORMULA_EM) {
    report({ severity: 'error', code: 'math-too-large', message: `formula would be ${Math.round(size)} em tall or wide, over the ${MAX_FORMULA_EM} em limit (about a page) — use smaller sizes in \\rule, \\hspace, \\kern or \\vspace, or split the formula` });
    return source();
  }
  for (const command of untrusted) {
    const message = `formula: ${command} is not printed (links, pictures and HTML inside a formula are switched off) — write it outside the $ signs: a markdown link or image`;
    report({ severity: 'warning', code: 'math-warning', message });
  }
  for (const note of new Set(notes)) report({ severity: 'warning', code: 'math-warning', message: `formula: ${note} — it prints as KaTeX reads it; write it as LaTeX would to be sure` });
  return nodes(html);
}

/** How deeply a formula's groups nest: braces (not `\{`), `\left`…`\right` and `\begin`…`\end`. */
function formulaDepth(tex: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of tex.matchAll(/\\(?:left|begin)(?![a-zA-Z])|\\(?:right|end)(?![a-zA-Z])|\\.|[{}]/g)) {
    const token = m[0];
    if (token === '{' || token === '\\left' || token === '\\begin') deepest = Math.max(deepest, ++depth);
    else if (token === '}' || token === '\\right' || token === '\\end') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * How large KaTeX's markup says a formula is, in em: its lines' heights added up (each line as
 * tall as its tallest part, and at least KaTeX's line height), or the largest single length it
 * sets, whichever is more.
 */
export function formulaSize(html: string): number {
  const LINE_HEIGHT = 1.2;
  let total = 0;
  let line = LINE_HEIGHT;
  for (const m of html.matchAll(/class="strut" style="height:([\d.]+)em|class="mspace newline"/g)) {
    if (m[1] === undefined) {
      total += line;
      line = LINE_HEIGHT;
    } else line = Math.max(line, Number(m[1]));
  }
  total += line;
  const lengths = [...html.matchAll(/[:\s](-?[\d.]+)em\b/g)].map((m) => Math.abs(Number(m[1])));
  return Math.max(total, ...lengths);
}

function nodes(html: string): ElementContent[] {
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

function isMath(node: Root['children'][number] | ElementContent): node is Element {
  if (node.type !== 'element' || node.tagName !== 'code') return false;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes('language-math');
}

/**
 * remark-math pairs any two `$`, so "costs $5 or $10" would turn into a formula. Following
 * Pandoc's rule, inline maths must not start or end with a space nor be followed by a digit;
 * anything else goes back to the text it was written as. GitHub's $`…`$ loses its backticks.
 */
export function restoreDollarText(tree: MdRoot, source: string): MdRoot {
  const visit = (parent: MdParent): void => {
    parent.children.forEach((node, i) => {
      const display = node.type === 'paragraph' ? displayAlone(node, source) : undefined;
      if (display) parent.children[i] = display;
      else if (node.type === 'inlineMath' && looksLikeMoney(node, source)) {
        const { start, end } = node.position!;
        parent.children[i] = { type: 'text', value: source.slice(start.offset, end.offset), position: node.position };
      } else if (node.type === 'inlineMath') parent.children[i] = withoutBackticks(node);
      else if ('children' in node) visit(node);
    });
  };
  visit(tree);
  return tree;
}

/**
 * A paragraph that is one `$$…$$` formula written on one line, as display maths: set apart and
 * centred like the same formula with its `$$` on lines of their own (remark-math reads it as inline).
 */
function displayAlone(paragraph: Paragraph, source: string): MdMath | undefined {
  const parts = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const only = parts.length === 1 && parts[0].type === 'inlineMath' ? parts[0] : undefined;
  const start = only?.position?.start.offset;
  if (!only || start === undefined || !source.startsWith('$$', start)) return undefined;
  const code = { type: 'element' as const, tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text' as const, value: only.value }] };
  return { type: 'math', meta: null, value: only.value, position: paragraph.position, data: { hName: 'pre', hChildren: [code] } };
}

/** GitHub's inline form $`…`$: the backticks only fence the TeX (KaTeX would print them as quotes). */
function withoutBackticks(node: InlineMath): InlineMath {
  const inner = /^`([^`]+)`$/.exec(node.value)?.[1];
  if (inner === undefined) return node;
  const data = node.data?.hChildren ? { ...node.data, hChildren: [{ type: 'text' as const, value: inner }] } : node.data;
  return { ...node, value: inner, data };
}

function looksLikeMoney(node: InlineMath, source: string): boolean {
  const end = node.position?.end.offset;
  if (node.position?.start.offset === undefined || end === undefined) return false;
  // Only single-dollar maths is ambiguous; `$$x$$` inline is always meant as maths.
  if (source[node.position.start.offset + 1] === '$') return false;
  return /^\s|\s$/.test(node.value) || /\d/.test(source[end] ?? '');
}
