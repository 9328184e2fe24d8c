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
import type { HastPlugin, RenderContext } from '../model/render-context.js';
import { rehypeMath, restoreDollarText } from './math.js';
import { diagramBlocks } from './diagram-blocks.js';
import { inlineImages } from './inline-images.js';
import { remarkTypographic } from './typographic.js';
import { hyphenateTree } from './hyphenate.js';
import { endOf, endsInOpenFence, shiftPositions, splitAtHeadings } from './split-markdown.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath);

/** Markdown text → mdast tree (front matter kept as a `yaml` node). */
export function parseMarkdown(text: string): Root {
  return restoreDollarText(parseInPieces(text) ?? parser.parse(text), text);
}

/** The same tree from one parse of the whole file (what parseMarkdown must always equal). */
export function parseMarkdownWhole(text: string): Root {
  return restoreDollarText(parser.parse(text), text);
}

/**
 * Parses a large file piece by piece (see splitAtHeadings) and joins the trees, positions moved
 * to the whole file. Undefined when it cannot be split, or when a piece ends inside a fenced block
 * the splitter took for closed: then the cut was not at a real heading.
 */
function parseInPieces(text: string): Root | undefined {
  const pieces = splitAtHeadings(text);
  if (!pieces || pieces.length < 2) return undefined;
  const children: RootContent[] = [];
  for (const [i, piece] of pieces.entries()) {
    const tree = parser.parse(piece.text);
    if (i < pieces.length - 1 && endsInOpenFence(tree, piece.text)) return undefined;
    for (const node of tree.children) children.push(shiftPositions(node, piece.lineOffset, piece.charOffset));
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) } };
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
  // Typographic quotes, apostrophes, dashes and ellipses; code and maths are not text nodes, so they stay as written.
  const processor = unified().use(remarkTypographic).use(remarkRehype).use(inlineImages).use(rehypeSanitize, schema).use(hyphenation).use(rehypeMath).use(diagramBlocks);
  for (const plugin of extraPlugins) processor.use(plugin);
  processor.use(rehypeStringify);
  return (nodes, context) => {
    // The typographic pass rewrites text nodes in place: the deck's own tree stays as parsed.
    const root: Root = { type: 'root', children: structuredClone(nodes) };
    const hast = processor.runSync(root, { data: { studyguide: context } }) as HastRoot;
    return String(processor.stringify(hast));
  };
}

/** rehype plugin: soft hyphens in the fragment's prose when its context names a language. */
const hyphenation: HastPlugin = () => (tree, file) => {
  const lang = (file.data as { studyguide?: RenderContext }).studyguide?.hyphenate;
  if (lang) hyphenateTree(tree, lang);
};
