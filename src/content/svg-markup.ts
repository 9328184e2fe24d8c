import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { sanitizeSvgTree } from '../print/sanitize-svg.js';
import { FAMILIES } from '../model/fonts.js';
import { tooManyCopies } from './svg-copies.js';

// A deck's SVG picture placed as an <img> is drawn as a document of its own, which cannot reach
// the page's fonts: its text printed in whatever serif the machine had (LiberationSerif here,
// another face elsewhere). Placed in the page as markup, it prints in the bundled faces. The
// markup is the picture's own, made safe and self-contained here: nothing that runs or fetches
// (print/sanitize-svg.ts), ids made its own, its styles kept to itself, its size as the <img> had it.

/** The faces other than the three text faces, for the characters those leave out (as the page's stacks do). */
const SIGNS = [FAMILIES.arabic, FAMILIES.hebrew, FAMILIES.devanagari, FAMILIES.thai, FAMILIES.boxes, FAMILIES.math, FAMILIES.symbols, FAMILIES.emoji];
const stack = (first: string, generic: string) => [first, ...SIGNS].map((f) => `"${f}"`).join(', ') + `, ${generic}`;

/** The bundled stacks a picture's family names map to. */
const STACKS = { serif: stack(FAMILIES.serif, 'serif'), sans: stack(FAMILIES.sans, 'sans-serif'), mono: stack(FAMILIES.mono, 'monospace') };

/** Family names (lower case) a picture may name and the bundled face that stands for each. */
const KNOWN: Record<string, keyof typeof STACKS> = Object.fromEntries([
  ...['serif', 'times', 'times new roman', 'georgia', 'cambria', 'garamond', 'palatino', 'palatino linotype', 'book antiqua', 'dejavu serif', 'liberation serif', 'noto serif', 'source serif pro', 'source serif 4', 'ui-serif'].map((f) => [f, 'serif']),
  ...['sans-serif', 'arial', 'helvetica', 'helvetica neue', 'verdana', 'tahoma', 'trebuchet ms', 'segoe ui', 'calibri', 'roboto', 'open sans', 'lato', 'inter', 'system-ui', '-apple-system', 'blinkmacsystemfont', 'ui-sans-serif', 'dejavu sans', 'liberation sans', 'noto sans', 'source sans pro', 'source sans 3', 'arimo'].map((f) => [f, 'sans']),
  ...['monospace', 'courier', 'courier new', 'consolas', 'menlo', 'monaco', 'lucida console', 'dejavu sans mono', 'liberation mono', 'noto sans mono', 'source code pro', 'fira code', 'fira mono', 'sf mono', 'ui-monospace', 'cousine'].map((f) => [f, 'mono']),
]);

/** The bundled stack for a CSS family list, and the first name in it when that is no face we have. */
function mapFamilies(list: string): { stack: string; unknown?: string } {
  const names = list
    .split(',')
    .map((n) => n.trim().replace(/^(['"])(.*)\1$/, '$2').trim())
    .filter(Boolean);
  const known = names.map((n) => KNOWN[n.toLowerCase()]).find(Boolean);
  const first = names[0];
  const unknown = first && !KNOWN[first.toLowerCase()] ? first : undefined;
  return { stack: STACKS[known ?? 'sans'], unknown };
}

/** What a picture became: its markup, and the families it names that print in the bundled sans instead. */
export interface SvgMarkup {
  svg: Element;
  unknownFamilies: string[];
  /** What the picture would load or run that was taken out (`<script>`, `onload handler`, `<image> http://…`). */
  leftOut: string[];
  /**
   * Why the markup stays out of the page, when its <use> elements, as the page would read them,
   * draw more copies than a picture may (content/svg-copies.ts): the picture prints as an <img>.
   */
  tooManyCopies?: string;
}

/** Lengths of an SVG's width and height in CSS pixels, as an <img> reads them (undefined for % or none). */
function pixels(value: unknown): number | undefined {
  const m = /^\s*([\d.]+(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in|em|ex)?\s*$/i.exec(String(value ?? ''));
  if (!m) return undefined;
  const n = Number(m[1]);
  const per: Record<string, number> = { px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, em: 16, ex: 8 };
  return Number.isFinite(n) && n > 0 ? n * per[(m[2] ?? 'px').toLowerCase()] : undefined;
}

/** The four numbers of a viewBox, if it has them. */
function viewBoxOf(value: unknown): number[] | undefined {
  const nums = String(value ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return nums.length === 4 && nums.every(Number.isFinite) && nums[2] > 0 && nums[3] > 0 ? nums : undefined;
}

/** `font-family` values in CSS text mapped to the bundled stacks (the `font` shorthand's families too). */
function mapCssFamilies(css: string, unknown: Set<string>): string {
  const mapped = (list: string) => {
    const { stack, unknown: u } = mapFamilies(list);
    if (u) unknown.add(u);
    return stack;
  };
  return css
    .replace(/(font-family\s*:\s*)([^;}]+?)(\s*(?:!important)?\s*(?:;|}|$))/gi, (_m, head: string, list: string, tail: string) => head + mapped(list) + tail)
    .replace(/(\bfont\s*:\s*)([^;}]+?)(\s*(?:!important)?\s*(?:;|}|$))/gi, (whole, head: string, value: string, tail: string) => {
      // The families follow the size (and a /line-height): `bold 12px/1.2 Arial, sans-serif`.
      const m = /^(.*?[\d.]+(?:px|pt|pc|mm|cm|in|em|ex|rem|%)?(?:\s*\/\s*[\d.]+[a-z%]*)?\s+)(.+)$/i.exec(value);
      return m ? head + m[1] + mapped(m[2]) + tail : whole;
    });
}

/**
 * The CSS of a picture's <style> kept to the picture (`@scope (#id)`): its rules would otherwise
 * style the whole page, and two pictures' `.cls-1` would style each other. Its `#id` selectors
 * follow the ids' new names. Undefined when its braces do not balance (a `}` could close the scope).
 */
function scopedCss(css: string, scope: string, renamed: Map<string, string>): string | undefined {
  let out = '';
  let depth = 0;
  // Whether each open block holds rules (top level, @media…) rather than declarations.
  const rules: boolean[] = [true];
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      const literal = css.slice(i, j + 1);
      if (rules[rules.length - 1]) prelude += literal;
      else out += literal;
      i = j;
      continue;
    }
    if (rules[rules.length - 1]) {
      if (c === '{') {
        const selector = prelude.trim();
        out += `${selector.startsWith('@') ? selector : selector.replace(/#(-?[A-Za-z_][\w-]*)/g, (m, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : m))} {`;
        rules.push(/^@(?:media|supports|layer|container)\b/i.test(selector));
        depth++;
        prelude = '';
      } else if (c === '}') {
        if (depth === 0) return undefined;
        out += `${prelude}}`;
        prelude = '';
        rules.pop();
        depth--;
      } else if (c === ';' && prelude.trim().startsWith('@')) {
        prelude = ''; // @charset, @namespace, @import (already emptied): nothing the picture needs
      } else prelude += c;
    } else if (c === '{') return undefined;
    else if (c === '}') {
      out += '}';
      rules.pop();
      depth--;
    } else out += c;
  }
  if (depth !== 0) return undefined;
  return `@scope (#${scope}) {\n${out}${prelude}\n}`;
}

/** Properties the page sets on its text that an <img> never passed to the picture: set back as a picture's own document has them. */
const ITS_OWN = `font-family: ${STACKS.serif}; font-size: 16px; font-weight: 400; font-style: normal; font-variant: normal; font-feature-settings: normal; line-height: normal; letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0; hyphens: manual; color: black; white-space: normal`;

/**
 * The SVG text of a deck's picture as safe markup for the page, its ids prefixed with `prefix`
 * (unique on the page), its families mapped to the bundled faces; undefined when the text holds no SVG.
 */
export function svgMarkup(text: string, prefix: string): SvgMarkup | undefined {
  const tree: Root = fromHtml(text.replace(/^\uFEFF/, ''), { fragment: true });
  let svg: Element | undefined;
  visit(tree, 'element', (node) => {
    if (svg) return false;
    if (node.tagName === 'svg') svg = node;
  });
  if (!svg) return undefined;
  const root: Element = svg;
  const leftOut = sanitizeSvgTree(root, true);
  const unknown = new Set<string>();
  // The picture's ids, renamed so that two pictures (or one printed twice) never point at each other's.
  const renamed = new Map<string, string>();
  visit(root, 'element', (node) => {
    const id = node.properties.id;
    if (typeof id === 'string' && id && !renamed.has(id)) renamed.set(id, `${prefix}-${id.replace(/[^\w-]/g, '_')}`);
  });
  const reference = (value: string) =>
    value.replace(/url\(\s*(['"]?)\s*#([^)'"\s]+)\s*\1\s*\)/g, (m, q: string, id: string) => (renamed.has(id) ? `url(${q}#${renamed.get(id)}${q})` : m));
  visit(root, 'element', (node) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (name === 'id' && typeof value === 'string') node.properties.id = renamed.get(value) ?? value;
      else if (/^(?:href|xLinkHref)$/.test(name) && typeof value === 'string' && value.trim().startsWith('#')) {
        const id = value.trim().slice(1);
        // A <use> of an id the picture lacks would copy the page's elements (another picture's): none.
        if (renamed.has(id)) node.properties[name] = `#${renamed.get(id)}`;
        else if (node.tagName === 'use') delete node.properties[name];
      } else if (/^aria(?:LabelledBy|DescribedBy)$/.test(name) && Array.isArray(value)) {
        node.properties[name] = value.map((v) => renamed.get(String(v)) ?? v);
      } else if (name === 'fontFamily' && typeof value === 'string') {
        const { stack, unknown: u } = mapFamilies(value);
        if (u) unknown.add(u);
        node.properties.fontFamily = stack;
      } else if (typeof value === 'string') {
        node.properties[name] = name === 'style' ? mapCssFamilies(reference(value), unknown) : reference(value);
      }
    }
  });
  const scope = `${prefix}-svg`;
  visit(root, 'element', (node, index, parent) => {
    if (node.tagName !== 'style') return;
    const css = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    const scoped = scopedCss(mapCssFamilies(reference(css), unknown), scope, renamed);
    // CSS whose braces do not balance would reach past the picture: left out (the browser would drop it too).
    node.children = scoped ? [{ type: 'text', value: scoped }] : [];
    if (!scoped && parent && index !== undefined) parent.children.splice(index, 1);
  });
  // The page reads the markup as HTML, which may take <use> elements the counting of the
  // picture's own text missed (an entity in an href): counted again as the page would read them.
  const copies = tooManyCopies(toHtml(root));
  sizeAsImage(root);
  const own = String(root.properties.style ?? '');
  root.properties.id = scope;
  root.properties.style = `${ITS_OWN}; ${own}`;
  return { svg: root, unknownFamilies: [...unknown], leftOut, ...(copies ? { tooManyCopies: copies } : {}) };
}

/**
 * Gives the picture the size an <img> would: width and height in pixels from its own lengths
 * (300 × 150 when it has none and no viewBox), and a viewBox so that, scaled to fit the column,
 * it shrinks as a whole as the image did, rather than being cut off.
 */
function sizeAsImage(svg: Element): void {
  const box = viewBoxOf(svg.properties.viewBox);
  let width = pixels(svg.properties.width);
  let height = pixels(svg.properties.height);
  if (!box && width === undefined && height === undefined && svg.properties.width === undefined && svg.properties.height === undefined) {
    width = 300;
    height = 150;
  }
  if (box) {
    if (width !== undefined && height === undefined && svg.properties.height === undefined) height = (width * box[3]) / box[2];
    if (height !== undefined && width === undefined && svg.properties.width === undefined) width = (height * box[2]) / box[3];
  }
  if (width !== undefined) svg.properties.width = String(round(width));
  if (height !== undefined) svg.properties.height = String(round(height));
  if (!box && width !== undefined && height !== undefined) svg.properties.viewBox = `0 0 ${round(width)} ${round(height)}`;
  const own = svg.properties.className;
  svg.properties.className = [...(Array.isArray(own) ? own.map(String) : []), 'picture-svg'];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
