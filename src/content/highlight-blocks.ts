import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from './visit-tree.js';
import { highlightAs } from './lazy-highlighter.js';

/**
 * Highlights each `pre > code` that names its language (`language-yaml`, `lang-yaml`): the
 * code gets class `hljs` and its text becomes `hljs-*` spans. A block naming a language with no
 * grammar gets `hljs` and keeps its text; one without a language, or marked `no-highlight`, is
 * left alone. (What rehype-highlight did without guessing, with grammars loaded only when named.)
 */
export function highlightBlocks(tree: Root): void {
  visit(tree, 'element', (node: Element, _, parent) => {
    if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
    const language = languageOf(node);
    if (!language) return;
    const classes = Array.isArray(node.properties.className) ? node.properties.className : (node.properties.className = []);
    if (!classes.includes('hljs')) classes.unshift('hljs');
    const spans = highlightAs(language, toText(node, { whitespace: 'pre' }));
    if (spans?.children.length) node.children = spans.children as ElementContent[];
  });
}

/** The language a code element's classes name; false when it is marked not to be highlighted. */
function languageOf(code: Element): string | false | undefined {
  const classes = code.properties.className;
  if (!Array.isArray(classes)) return undefined;
  let name: string | undefined;
  for (const value of classes.map(String)) {
    if (value === 'no-highlight' || value === 'nohighlight') return false;
    if (!name && value.startsWith('lang-')) name = value.slice(5);
    if (!name && value.startsWith('language-')) name = value.slice(9);
  }
  return name;
}
