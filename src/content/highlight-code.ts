import type { Element, Root } from 'hast';
import { visit } from './visit-tree.js';
import { textOf } from './hast-text.js';
import { highlightBlocks } from './highlight-blocks.js';
import type { Plugin } from 'unified';

/**
 * Highlights fenced code blocks that name their language (```yaml) as `hljs-*` spans.
 * Blocks without a language, or with an unknown one (mermaid, …), are left as they are
 * (code-languages.ts lists the languages; each grammar is loaded when a block first names it).
 * styles/code.css gives the spans weight, slant and underline, so they read in grayscale.
 */
export const highlightCode: Plugin<[], Root> = () => {
  return (tree) => {
    let blocks = 0;
    visit(tree, 'element', (node: Element, _, parent) => {
      if (node.tagName !== 'code') return;
      // Only code in a `pre` is highlighted: a fragment with none (most answers) is not walked again.
      if (parent?.type === 'element' && parent.tagName === 'pre') blocks++;
      if (!hasLongLine(node)) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'no-highlight'];
    });
    if (blocks) highlightBlocks(tree);
  };
};

/**
 * A line longer than this (minified code, a pasted blob) is printed plain: its thousands of
 * highlighting spans on one unbroken line took Chromium 30 s to lay out for 80,000 characters
 * (3 s plain), and colour helps nobody read such a line.
 */
const HIGHLIGHT_LINE_MAX = 1000;

const hasLongLine = (code: Element): boolean => textOf(code).split('\n').some((line) => line.length > HIGHLIGHT_LINE_MAX);
