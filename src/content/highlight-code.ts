import rehypeHighlight from 'rehype-highlight';
import { common } from 'lowlight';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import nginx from 'highlight.js/lib/languages/nginx';
import type { Element, Root } from 'hast';
import { visit } from './visit-tree.js';
import { textOf } from './hast-text.js';
import type { Plugin } from 'unified';

// Interview decks lean on infrastructure formats beyond highlight.js's common set. HCL has no
// grammar of its own; the INI grammar still marks its strings, numbers and comments.
const languages = { ...common, dockerfile, nginx };
const aliases = { ini: ['hcl', 'tf', 'terraform'] };
let highlighter: ReturnType<typeof rehypeHighlight> | undefined;

/**
 * Highlights fenced code blocks that name their language (```yaml) as `hljs-*` spans.
 * Blocks without a language, or with an unknown one (mermaid, …), are left as they are.
 * styles/code.css gives the spans weight, slant and underline, so they read in grayscale.
 */
export const highlightCode: Plugin<[], Root> = () => {
  // One highlighter for the process: registering the grammars took 3.5 ms of every deck's parse.
  highlighter ??= rehypeHighlight({ languages, aliases, detect: false });
  const highlight = highlighter;
  return (tree, file) => {
    let blocks = 0;
    visit(tree, 'element', (node: Element, _, parent) => {
      if (node.tagName !== 'code') return;
      // rehype-highlight reads only code in a `pre`: a fragment with none (most answers) is not walked again.
      if (parent?.type === 'element' && parent.tagName === 'pre') blocks++;
      if (!hasLongLine(node)) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'no-highlight'];
    });
    if (blocks) return highlight(tree, file);
  };
};

/**
 * A line longer than this (minified code, a pasted blob) is printed plain: its thousands of
 * highlighting spans on one unbroken line took Chromium 30 s to lay out for 80,000 characters
 * (3 s plain), and colour helps nobody read such a line.
 */
const HIGHLIGHT_LINE_MAX = 1000;

const hasLongLine = (code: Element): boolean => textOf(code).split('\n').some((line) => line.length > HIGHLIGHT_LINE_MAX);
