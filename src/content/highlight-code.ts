import rehypeHighlight from 'rehype-highlight';
import { common } from 'lowlight';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import nginx from 'highlight.js/lib/languages/nginx';
import type { Root } from 'hast';
import type { Plugin } from 'unified';

// Interview decks lean on infrastructure formats beyond highlight.js's common set. HCL has no
// grammar of its own; the INI grammar still marks its strings, numbers and comments.
const languages = { ...common, dockerfile, nginx };
const aliases = { ini: ['hcl', 'tf', 'terraform'] };

/**
 * Highlights fenced code blocks that name their language (```yaml) as `hljs-*` spans.
 * Blocks without a language, or with an unknown one (mermaid, …), are left as they are.
 * styles/code.css gives the spans weight, slant and underline, so they read in grayscale.
 */
export const highlightCode: Plugin<[], Root> = () => rehypeHighlight({ languages, aliases, detect: false });
