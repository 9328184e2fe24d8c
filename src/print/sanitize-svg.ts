import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

// A drawn diagram is pasted into guide.html, the cards and anki.txt as markup. Whatever made
// it (a fresh mermaid drawing, or a file read back from out/.studyguide-diagrams that anyone
// could have planted) passes through here, parsed the way the HTML page will parse it: no
// scripts or handlers, no links or loads out of the document, no CSS that fetches anything.

/** Elements that run code, embed documents or load things: never kept. */
const DROPPED = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'audio',
  'video',
  'source',
  'track',
  'img',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'frame',
  'frameset',
  'applet',
  'portal',
  'template',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
  'handler',
  'listener',
]);

/** Properties (hast names) holding an address: kept only as a reference inside the document. */
const ADDRESS = /^(href|xLinkHref|src|srcSet|action|formAction|poster|data|background|cite|longDesc|ping|manifest|codeBase|archive)$/i;

/** CSS that fetches: url(…) not pointing into the document, image-set(), @import, expression(). */
const FETCHING_CSS = /url\(\s*(?!['"]?\s*#)[^)]*\)?|image-set\([^)]*\)?|@import[^;]*;?|expression\(|-moz-binding|behavior\s*:/gi;

/** One SVG element's markup with everything that could run or fetch removed; undefined when it is not one SVG. */
export function sanitizeSvg(markup: string): string | undefined {
  const tree: Root = fromHtml(markup, { fragment: true });
  const elements = tree.children.filter((n) => n.type === 'element');
  const others = tree.children.filter((n) => n.type !== 'element' && !(n.type === 'text' && !n.value.trim()));
  if (elements.length !== 1 || others.length || (elements[0] as Element).tagName !== 'svg') return undefined;
  sanitizeSvgTree(tree);
  return toHtml(tree);
}

/** A picture a deck's SVG may hold inside itself: bytes of its own, which fetch nothing. */
const DATA_IMAGE = /^\s*data:image\/(?:png|jpeg|gif|webp)[;,]/i;

/**
 * Removes, in place, everything under `tree` that could run or fetch (see sanitizeSvg). With
 * `dataImages`, an <image> keeps a data: PNG, JPEG, GIF or WebP it holds (a deck's own SVG
 * pictures often carry a screenshot so). Returns what it removed, as a reader would name it
 * (`<script>`, `onload`, `<image> http://…`), so a deck's picture can say what it prints without.
 */
export function sanitizeSvgTree(tree: Root | Element, dataImages = false): string[] {
  const removed: string[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === 'comment' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'element') return;
    const tag = node.tagName.toLowerCase();
    if (DROPPED.has(tag) && parent && index !== undefined) {
      const address = Object.entries(node.properties).find(([name]) => ADDRESS.test(name))?.[1];
      removed.push(address ? `<${tag}> ${shortened(String(address))}` : `<${tag}>`);
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const image = dataImages && tag === 'image';
    for (const [name, value] of Object.entries(node.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
      const kept = text.trim().startsWith('#') || (image && /^(?:href|xLinkHref)$/.test(name) && DATA_IMAGE.test(text));
      if (/^on/i.test(name)) removed.push(`${name.toLowerCase()} handler`);
      else if (ADDRESS.test(name) && !kept) removed.push(`<${tag}> ${shortened(text)}`);
      if (/^on/i.test(name) || (ADDRESS.test(name) && !kept)) delete node.properties[name];
      else if (typeof value === 'string') node.properties[name] = strip(value, removed);
    }
    if (node.tagName === 'style') {
      for (const child of node.children) if (child.type === 'text') child.value = strip(child.value, removed);
    }
  });
  return removed;
}

/** CSS with what fetches made `none`, each piece noted in `removed`. */
function strip(css: string, removed: string[]): string {
  return css.replace(FETCHING_CSS, (m) => {
    removed.push(`CSS ${shortened(m)}`);
    return 'none';
  });
}

/** An address or CSS piece as a message shows it: data: URLs and long ones cut short. */
const shortened = (text: string) => {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
};
