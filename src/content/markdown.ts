import { promptsOverAnswerBoxes } from './answer-box-prompts.js';
import { markItemNumbers } from './item-numbers.js';
import { frontMatterBlock } from './front-matter-block.js';
import { isDeepStrictEqual } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkGemoji from 'remark-gemoji';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent, Text } from 'mdast';
import { EXIT, visit } from './visit-tree.js';
import type { Root as HastRoot } from 'hast';
import type { HastPlugin, RenderContext } from '../model/render-context.js';
import { rehypeMath, restoreDollarText } from './math.js';
import { tieMathPunctuation } from './tie-math-punctuation.js';
import { diagramBlocks } from './diagram-blocks.js';
import { inlineImages } from './inline-images.js';
import { svgPictures } from './svg-pictures.js';
import { choiceMarks, optionLists } from './option-lists.js';
import { ownDirection } from './own-direction.js';
import { remarkTypographic } from './typographic.js';
import { remarkTieLabels } from './tie-labels.js';
import { remarkBoxTitles } from './box-titles.js';
import { remarkTieNumbers } from './tie-numbers.js';
import { remarkLabelledLines } from './labelled-lines.js';
import { remarkTieShortWords } from './tie-short-words.js';
import { numberCompounds } from './number-compounds.js';
import { scriptCharacters } from './script-characters.js';
import { longWords } from './long-words.js';
import { restoreNumberQuotes } from './number-quotes.js';
import { LINK_SCHEMES } from '../model/link-schemes.js';
import { emptyLinks } from './empty-links.js';
import { remarkOverfullRows } from './overfull-rows.js';
import { shortCode } from './short-code.js';
import { cellCode } from './cell-code.js';
import { numericColumns } from './numeric-columns.js';
import { restorePastedCode } from './pasted-code.js';
import { restoreUnfencedCode } from './unfenced-code.js';
import { restoreLabelledCode } from './language-label-code.js';
import { levelNamed } from './level-names.js';
import { restoreIndentedProse } from './indented-prose.js';
import { restoreBulletLines } from './bullet-lines.js';
import { restoreSpacedBold } from './spaced-bold.js';
import { restoreCodeListItems } from './code-list-items.js';
import { restoreAdmonitions } from './admonitions.js';
import { restoreContainers } from './containers.js';
import { restoreDirectiveFences } from './directive-fences.js';
import { restoreHugoShortcodes } from './hugo-shortcodes.js';
import { FOOTNOTE_ID_LINE, footnoteIds, footnotePrefix } from './footnote-ids.js';
import { mdxAccordions } from './mdx-accordions.js';
import { mdxTabs } from './mdx-tabs.js';
import { BOX_KINDS, restoreCallouts } from './callouts.js';
import { withoutWikiLinks } from './wiki-links.js';
import { withoutHeadingAttributes } from './heading-attributes.js';
import { restoreLooseHeadingLines } from './loose-heading-lines.js';
import { restoreNumberedRunOns } from './numbered-run-ons.js';
import { spaceDashNumbers } from './dash-numbers.js';
import { markdownFromAsciiDoc } from './asciidoc-lines.js';
import { restoreCommentLedLines } from './comment-led-lines.js';
import { markdownFromOrg } from './org-lines.js';
import { hyphenateTree } from './hyphenate.js';
import { endOf, endsInOpenFence, shiftPositions, splitAtHeadings } from './split-markdown.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath);

/**
 * The last file parsed (a deck is parsed for its model, then again for its findings), and in
 * watch mode every piece and fragment of the decks parsed since (a save changes one question;
 * the others come from memory). Trees are handed out as copies: later passes change them in place.
 */
let last: { text: string; tree: Root } | undefined;
let memory: { pieces: Map<string, Root | string>; fragments: Map<string, Fragment> } | undefined;
/** Files over this size are not kept as the last one: the copy would cost more memory than the parse saves. */
const LAST_FILE_BYTES = 1024 * 1024;
/**
 * Lines a piece holds at least in watch mode: a save re-parses the piece it changed and copies the
 * others, so a piece of a question or two instead of 60 lines (bundled deck: parse of a one-question
 * edit 19–26 → 11–17 ms CPU). A build parses each piece once and keeps the longer ones.
 */
const WATCH_PIECE_LINES = 10;
/** Entries kept in watch mode's memory before it starts over. */
const MEMORY_ENTRIES = 20_000;

/** What rendering a fragment gave: its HTML and the diagnostics it reported. */
interface Fragment {
  html: string;
  diagnostics: RenderContext['diagnostics'];
}

/** Watch mode: keep pieces and fragments for the session's next parses (the parser's thread calls it). */
export function rememberParses(): void {
  memory ??= { pieces: new Map(), fragments: new Map() };
}

/** Whether this thread keeps what it parsed for the next parse (watch mode): other steps may remember too. */
export const remembersParses = (): boolean => memory !== undefined;

/** Markdown text → mdast tree (front matter kept as a `yaml` node). */
export function parseMarkdown(typed: string): Root {
  const text = spaceDashNumbers(markdownFromOrg(markdownFromAsciiDoc(typed)));
  if (last?.text === text) return structuredClone(last.tree);
  if (ruleNotFrontMatter(text)) return parseMarkdown(`***${text.slice(3)}`);
  const tree = restored(parseInPieces(text) ?? parser.parse(text), text);
  // In watch mode a deck is parsed once per save (no findings pass to serve) and its pieces are
  // remembered anyway: a copy of the whole tree on each save was a tenth of the save's parse.
  last = text.length <= LAST_FILE_BYTES && !memory ? { text, tree: structuredClone(tree) } : undefined;
  return tree;
}

const parseText = (text: string): Root => parser.parse(text);

/** One piece's tree: parsed, or in watch mode a copy of the tree the same text gave before. */
function parsePiece(text: string): Root {
  if (!memory) return parser.parse(text);
  const kept = memory.pieces.get(text);
  if (typeof kept === 'string') return JSON.parse(kept) as Root;
  if (kept) return structuredClone(kept);
  const tree = parser.parse(text);
  if (memory.pieces.size >= MEMORY_ENTRIES) memory.pieces.clear();
  memory.pieces.set(text, keptCopy(tree));
  return tree;
}

/**
 * A piece's tree as kept: its JSON, which copies in half the time structuredClone takes (the
 * bundled deck's pieces, copied on each save: 10 against 19 ms), when it reads back the same
 * tree; else (an undefined value, which JSON drops) a copy of the tree.
 */
function keptCopy(tree: Root): Root | string {
  const json = JSON.stringify(tree);
  return isDeepStrictEqual(JSON.parse(json), tree) ? json : structuredClone(tree);
}

/** The same tree from one parse of the whole file (what parseMarkdown must always equal). */
export function parseMarkdownWhole(typed: string): Root {
  const text = spaceDashNumbers(markdownFromOrg(markdownFromAsciiDoc(typed)));
  if (ruleNotFrontMatter(text)) return parseMarkdownWhole(`***${text.slice(3)}`);
  return restored(parser.parse(text), text);
}

/**
 * A file that opens with a rule (`---`) and has another one further down: markdown reads what is
 * between as front matter. It is the deck's text when it is no YAML mapping and reads as markdown
 * (a `# Title` line, or a blank line first), or a level's name alone (a banner), or when no second rule closes it: the opening `---`
 * is then a rule, read as `***` (same length, so every position stays).
 */
function ruleNotFrontMatter(text: string): boolean {
  if (!/^---[ \t]*\r?\n/.test(text)) return false;
  const block = frontMatterBlock(text);
  // Never closed: a rule (front matter left open is reported by the deck's parser). Parsed as
  // front matter that fails, it turned the file's quotes into plain paragraphs.
  if (block === undefined) return true;
  // A level's banner framed by rules (`---⏎🟢 Beginner Level⏎---`), as plain-text banks open: a
  // section title (the second rule underlines it), not a deck's front matter.
  const only = block.trim();
  if (!only.includes('\n') && !only.includes(':') && levelNamed(only)) return true;
  // Only comments (`# keys go here`) over a deck with its own `# Title` further down: empty front matter, not a second title.
  if (/^(?:[ \t]*#.*(?:\r?\n|$))+$/.test(block) && /^#[ \t]+\S/m.test(text.slice(block.length + 8))) return false;
  if (!/^\s*\r?\n|^#{1,6}[ \t]+\S/m.test(block)) return false;
  try {
    const data: unknown = parseYaml(block, { maxAliasCount: 100, logLevel: 'silent' });
    return data === null || typeof data !== 'object' || Array.isArray(data);
  } catch {
    return true;
  }
}


/** What markdown alone misreads, put right: lines run on under a `####Heading` with no space, pasted code, code under a copied page's language name, code typed with no fence, dollar amounts, admonitions, containers, MyST directives, Hugo shortcodes, MDX accordions and tabs, prose indented into code, bullet characters, bold closed after a space, callouts, emoji shortcodes, notes apps' wiki links, headings' `{#id}` blocks, list numbers, a quoted lone number. */
function restored(tree: Root, text: string): Root {
  const admonished = restoreHugoShortcodes(restoreDirectiveFences(restoreContainers(restoreAdmonitions(restoreDollarText(restoreUnfencedCode(restoreLabelledCode(restorePastedCode(restoreLooseHeadingLines(restoreNumberedRunOns(restoreCodeListItems(restoreCommentLedLines(tree, text, parseText), text, parseText), text, parseText), text, parseText), text, parseText), text), text, parseText), text), text, parseText), text, parseText), text, parseText), text, parseText);
  return mdxTabs(mdxAccordions(restoreNumberQuotes(markItemNumbers(withoutHeadingAttributes(withoutWikiLinks(withEmoji(restoreCallouts(promptsOverAnswerBoxes(restoreSpacedBold(restoreBulletLines(restoreIndentedProse(admonished, text, parseText)))))))), text), text)));
}

/**
 * GitHub's emoji shortcodes (`:star:`, `:warning:`), which banks written for GitHub use, as the
 * emoji they stand for (printed in the bundled emoji face), everywhere the deck's text goes:
 * guide, cards, bookmarks, exports. Code and unknown names (`:not-one:`) stay as written.
 */
const toEmoji = remarkGemoji();
function withEmoji(tree: Root): Root {
  if (hasShortcode(tree)) toEmoji(tree);
  return tree;
}

/** remark-gemoji's pattern: it changes only a text node where this is found. */
const SHORTCODE = /:(?:\+1|[-\w]+):/;

/**
 * Whether any text node holds a shortcode: most decks have none, and remark-gemoji's search of
 * every text (mdast-util-find-and-replace) was two fifths of what the steps after the parse cost.
 */
function hasShortcode(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node: Text) => {
    if (!SHORTCODE.test(node.value)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * Parses a large file piece by piece (see splitAtHeadings) and joins the trees, positions moved
 * to the whole file. Undefined when it cannot be split, or when a piece ends inside a fenced block
 * the splitter took for closed: then the cut was not at a real heading.
 */
function parseInPieces(text: string): Root | undefined {
  const pieces = splitAtHeadings(text, memory ? WATCH_PIECE_LINES : undefined);
  if (!pieces || pieces.length < 2) return undefined;
  const children: RootContent[] = [];
  for (const [i, piece] of pieces.entries()) {
    const tree = parsePiece(piece.text);
    if (i < pieces.length - 1 && endsInOpenFence(tree, piece.text)) return undefined;
    for (const node of tree.children) children.push(shiftPositions(node, piece.lineOffset, piece.charOffset));
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) } };
}

// Keep GitHub's allowlist but let code blocks keep their language class for highlighting
// and drop the `user-content-` id prefix games: answers carry no ids of their own.
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: 'fn-',
  // Links: web, mail, in-page and relative only. Images: data: only (inlineImages made them).
  protocols: { ...defaultSchema.protocols, href: LINK_SCHEMES, src: ['data'] },
  // A follow-up asked under an answer: a sub-heading with its label set apart (layouts/follow-ups.ts).
  attributes: {
    ...defaultSchema.attributes,
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'follow-up-label'] as [string, string]],
    // A question's unlettered options (option-lists.ts choiceOptions): the deck's own HTML never reaches here.
    ul: [...(defaultSchema.attributes?.ul ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')), ['className', 'contains-task-list', 'choices', 'choices-radio', 'choices-box'] as [string, ...string[]]],
    li: [...(defaultSchema.attributes?.li ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')), ['className', 'task-list-item', 'right'] as [string, ...string[]]],
    // A box's kind (`callout callout-warning`), for print to tell a warning from a tip.
    blockquote: [...(defaultSchema.attributes?.blockquote ?? []), ['className', 'callout', ...BOX_KINDS.map((k) => `callout-${k}`)] as [string, ...string[]]],
    ...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, [...(defaultSchema.attributes?.[h] ?? []), ['className', 'follow-up'] as [string, string]]])),
  },
};

/**
 * mdast nodes → HTML through remark-rehype → rehype-sanitize → rehype-stringify.
 * Raw HTML in the markdown is dropped (remark-rehype without allowDangerousHtml), and the
 * sanitizer removes what is left unsafe (javascript: links, unknown attributes).
 */
export function createHtmlRenderer(extraPlugins: HastPlugin[] = []): (nodes: RootContent[], context?: RenderContext) => string {
  // Maths is typeset after sanitizing: KaTeX's own markup is trusted, the deck's is not.
  // Typographic quotes, apostrophes, dashes and ellipses, numbers tied to their units; code and maths are not text nodes, so they stay as written.
  const processor = unified().use(remarkOverfullRows).use(remarkLabelledLines).use(remarkTypographic).use(remarkTieNumbers).use(remarkTieShortWords).use(remarkTieLabels).use(remarkBoxTitles).use(remarkRehype).use(inlineImages).use(rehypeSanitize, schema).use(footnoteIds).use(emptyLinks).use(optionLists).use(choiceMarks).use(ownDirection).use(shortCode).use(cellCode).use(numericColumns).use(numberCompounds).use(scriptCharacters).use(hyphenation).use(longWords).use(rehypeMath).use(tieMathPunctuation).use(diagramBlocks);
  for (const plugin of extraPlugins) processor.use(plugin);
  // Last: the plugins above walk text, and a picture's text is the picture's own.
  processor.use(svgPictures).use(rehypeStringify);
  const plugins = extraPlugins.map((p) => p.name).join();
  // A fragment rendered twice in one parse (a card answer that is also the full answer) is
  // rendered again, as without memory: its plugins see the diagnostics already reported.
  const seen = new Set<string>();
  return (nodes, context) => {
    const base = baseLine(nodes, context);
    let key = memory && fragmentKey(nodes, context, plugins, base);
    if (key && seen.has(key)) key = undefined;
    if (key) seen.add(key);
    const known = key ? memory?.fragments.get(key) : undefined;
    if (known) {
      context?.diagnostics.push(...known.diagnostics.map((d) => ({ ...d, line: d.line + base })));
      return shiftDataLines(known.html, base);
    }
    const reported = context?.diagnostics.length ?? 0;
    // The typographic pass rewrites text nodes in place: the deck's own tree stays as parsed.
    const root: Root = { type: 'root', children: structuredClone(nodes) };
    const hast = processor.runSync(root, { data: { studyguide: context } }) as HastRoot;
    const html = String(processor.stringify(hast));
    if (key && memory) {
      if (memory.fragments.size >= MEMORY_ENTRIES) memory.fragments.clear();
      memory.fragments.set(key, { html: shiftDataLines(html, -base), diagnostics: (context?.diagnostics.slice(reported) ?? []).map((d) => ({ ...d, line: d.line - base })) });
    }
    return html;
  };
}

/** The fragment's HTML with the lines it names (a diagram's `data-line`, diagram-blocks.ts; its footnote ids, footnote-ids.ts) moved by `by`. */
export const shiftDataLines = (html: string, by: number): string =>
  html
    .replace(/ data-line="(-?\d+)"/g, (_, line: string) => ` data-line="${Number(line) + by}"`)
    .replace(FOOTNOTE_ID_LINE, (_, attr: string, line: string) => ` ${attr}${footnotePrefix(Number(line) + by)}`);

/** The line a fragment's lines are counted from: its context's (question or answer), else its first node's. */
const baseLine = (nodes: RootContent[], context: RenderContext | undefined): number => context?.line ?? nodes[0]?.position?.start.line ?? 0;

/**
 * What a fragment's HTML depends on: its nodes, where it comes from and the plugins. Its nodes'
 * lines count from `base` (their diagnostics and the lines their HTML names are kept that way too), and columns and offsets are
 * left out: an edit above a fragment moves it without changing it, and in watch mode it still
 * comes from memory (keyed on whole positions, one edit made every later fragment new). Undefined
 * for fragments with images: their files can change while the markdown stays the same.
 */
function fragmentKey(nodes: RootContent[], context: RenderContext | undefined, plugins: string, base: number): string | undefined {
  // Written whole, then each position cut to its lines: a replacer called back for every key was
  // a tenth of a save's parse. A position written otherwise stays whole (a miss, never a false hit).
  const json = relativeJson(nodes, base);
  if (json.includes('"type":"image') || /<img\b/i.test(json)) return undefined;
  const { file, baseDir, hyphenate, hyphenateFrom, lang, heading } = context ?? {};
  return JSON.stringify([plugins, file, baseDir, hyphenate, hyphenateFrom, lang, heading, json]);
}

/**
 * Nodes as JSON with each position cut to its lines counted from `base`: the same text moved up or
 * down the file gives the same JSON. A position written otherwise stays whole (a miss, never a false hit).
 */
export const relativeJson = (nodes: unknown, base: number): string =>
  JSON.stringify(nodes).replace(POSITION_JSON, (_, start: string, end: string) => `"position":[${Number(start) - base},${Number(end) - base}]`);

/** A node's position as JSON.stringify writes it (micromark's order of keys), its two lines caught. */
const POSITION_JSON = /"position":\{"start":\{"line":(\d+),"column":\d+,"offset":\d+\},"end":\{"line":(\d+),"column":\d+,"offset":\d+\}\}/g;

/** rehype plugin: soft hyphens in the fragment's prose when its context names a language. */
const hyphenation: HastPlugin = () => (tree, file) => {
  const context = (file.data as { studyguide?: RenderContext }).studyguide;
  if (context?.hyphenate) hyphenateTree(tree, context.hyphenate, context.hyphenateFrom);
};
