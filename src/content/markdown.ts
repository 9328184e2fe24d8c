import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { Plugin } from 'unified';
import type { Diagnostic } from './model.js';
import { rehypeMath, restoreDollarText } from './math.js';
import { inlineImages } from './inline-images.js';

/** Where a fragment comes from, so plugins can report problems as file:line. */
export interface RenderContext {
  file: string;
  line: number;
  diagnostics: Diagnostic[];
  /** Folder of the deck file, for resolving relative images. */
  baseDir?: string;
}

/** Extra hast transforms run after sanitizing (code highlighting, images, diagrams…). */
export type HastPlugin = Plugin<[], HastRoot>;

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath);

/** Markdown text → mdast tree (front matter kept as a `yaml` node). */
export function parseMarkdown(text: string): Root {
  return restoreDollarText(parser.parse(text), text);
}

// Keep GitHub's allowlist but let code blocks keep their language class for highlighting
// and drop the `user-content-` id prefix games: answers carry no ids of their own.
const schema = {
  ...defaultSchema,
  clobberPrefix: 'fn-',
  // Links: web, mail, in-page and relative only. Images: data: only (inlineImages made them).
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['data'] },
};

/**
 * mdast nodes → HTML through remark-rehype → rehype-sanitize → rehype-stringify.
 * Raw HTML in the markdown is dropped (remark-rehype without allowDangerousHtml), and the
 * sanitizer removes what is left unsafe (javascript: links, unknown attributes).
 */
export function createHtmlRenderer(extraPlugins: HastPlugin[] = []): (nodes: RootContent[], context?: RenderContext) => string {
  // Maths is typeset after sanitizing: KaTeX's own markup is trusted, the deck's is not.
  const processor = unified().use(remarkRehype).use(inlineImages).use(rehypeSanitize, schema).use(rehypeMath);
  for (const plugin of extraPlugins) processor.use(plugin);
  processor.use(rehypeStringify);
  return (nodes, context) => {
    const root: Root = { type: 'root', children: nodes };
    const hast = processor.runSync(root, { data: { studyguide: context } }) as HastRoot;
    return String(processor.stringify(hast));
  };
}
