import { statSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Nodes, Paragraph, RootContent } from 'mdast';
import { visit } from '../visit-tree.js';
import { parseMarkdown } from '../markdown.js';
import { deckLimits, InputRefused, isInside, MAX_DECK_BYTES, readInputSync } from '../read-input.js';
import type { Part } from './types.js';
import { askedWith, unmarkAskedWith } from './asked-with.js';
import { decodeUriSafe } from '../local-links.js';

// Some banks keep each answer in a file of its own and put only a link to it where the answer
// goes (`| 1 | What is OSI? | [🗝️](./answers/osi.md) |`). Read as it stands, the card would
// read "🗝️". The linked file, next to the deck, is the answer; a link to a web page stays a link,
// but says where it leads.

/** A link's text that names nothing: an emoji or symbol alone (`🗝️`, `➜`, `🔗`), or an answer's label. */
const NAMELESS = /^[^\p{L}\p{N}]*$/u;
const LABEL = /^\s*(?:answer|solution|ответ|respuesta|resposta|antwort|réponse|jawaban|cevap|答案|解答|정답)\s*$/iu;

/** The one link a body holds, alone in its one paragraph, when its text names nothing. */
function loneLink(body: RootContent[]): Link | undefined {
  if (body.length !== 1 || body[0].type !== 'paragraph') return undefined;
  const kids = (body[0] as Paragraph).children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length !== 1 || kids[0].type !== 'link') return undefined;
  const text = toString(kids[0]).trim();
  return NAMELESS.test(text) || LABEL.test(text) ? kids[0] : undefined;
}

/**
 * A link written whole as text, its address holding a space markdown does not take
 * (`[🗝️](./질문 목록/)`): the link it meant, when its text names nothing.
 */
function literalLink(body: RootContent[]): Link | undefined {
  if (body.length !== 1 || body[0].type !== 'paragraph') return undefined;
  const m = /^\s*\[([^\]\n]*)\]\(([^()\n]+)\)\s*$/u.exec(toString(body[0]));
  if (!m || !(NAMELESS.test(m[1]) || LABEL.test(m[1]))) return undefined;
  return { type: 'link', url: m[2].trim(), children: [{ type: 'text', value: m[1] }], position: body[0].position };
}

/** A link to a folder beside the deck (`./answers/`): it names where answers are, not which one. */
function localFolder(url: string, baseDir: string): boolean {
  if (WEB.test(url) || /^[#/]/.test(url)) return false;
  const file = decodeUriSafe(url.replace(/[?#].*$/, ''));
  if (file.endsWith('/')) return true;
  try {
    return statSync(path.resolve(baseDir, file)).isDirectory();
  } catch {
    return false;
  }
}

const WEB = /^[a-z][a-z0-9+.-]*:/i;

/** A web address as it reads on a card: no scheme, no trailing slash. */
const readable = (url: string): string => url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/$/, '');

/**
 * The local markdown file a link names (`./answers/osi.md`), else undefined; with the heading it
 * points to in it, when it names a place in a page of many answers (`01-python.md#1-gil`).
 */
function localMarkdown(url: string): { file: string; fragment?: string } | undefined {
  if (WEB.test(url) || /^[#/]/.test(url) || url.includes('?')) return undefined;
  const [address, fragment] = url.split('#', 2);
  const file = decodeUriSafe(address);
  if (!/\.md$/i.test(file)) return undefined;
  return fragment ? { file, fragment: decodeUriSafe(fragment).toLowerCase() } : { file };
}

/**
 * What a page of many answers holds under the heading a link's fragment names (its GitHub anchor,
 * `1-gil` for `## 1. GIL`): the nodes up to the next heading as high or higher; undefined when no
 * heading has that anchor.
 */
function sectionAt(nodes: RootContent[], fragment: string): RootContent[] | undefined {
  const slugger = new GithubSlugger();
  const at = nodes.findIndex((n) => n.type === 'heading' && slugger.slug(toString(n)) === fragment);
  if (at < 0) return undefined;
  const depth = (nodes[at] as Heading).depth;
  const end = nodes.findIndex((n, i) => i > at && n.type === 'heading' && n.depth <= depth);
  return nodes.slice(at + 1, end < 0 ? undefined : end);
}

/** Every node of `nodes` placed at `position` (they came from another file: their lines are not the deck's). */
function placedAt(nodes: RootContent[], position: RootContent['position']): RootContent[] {
  for (const node of nodes) {
    visit(node as Nodes, (n) => {
      n.position = position;
    });
  }
  return nodes;
}

/** Relative urls of the answer file's pictures and links (relative to its own folder), rewritten against the deck's folder. */
function rebased(nodes: RootContent[], folder: string): RootContent[] {
  if (folder === '.' || !folder) return nodes;
  for (const node of nodes) {
    visit(node as Nodes, (n) => {
      if ((n.type === 'image' || n.type === 'link' || n.type === 'definition') && n.url && !WEB.test(n.url) && !n.url.startsWith('#') && !n.url.startsWith('/')) {
        n.url = path.posix.join(folder, n.url);
      }
    });
  }
  return nodes;
}

const words = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The answer file's text as nodes, its opening heading dropped when it repeats the question. */
function answerNodes(text: string, question: string): RootContent[] {
  const nodes = parseMarkdown(text).children.filter((n) => n.type !== 'yaml');
  const first = nodes[0];
  if (first?.type === 'heading' && words(toString(first)) === words(question)) nodes.shift();
  return nodes;
}

/** What reading a linked answer file came to: its nodes, or why it could not be read. */
function readAnswer(baseDir: string, relative: string, question: string, fragment?: string): { nodes: RootContent[] } | { problem: string } {
  const target = path.resolve(baseDir, relative);
  if (!isInside(target, path.resolve(baseDir))) return { problem: "lies outside the deck's folder" };
  let bytes: Buffer;
  try {
    bytes = readInputSync(target, { ...deckLimits(path.join(baseDir, 'deck.md')), maxBytes: MAX_DECK_BYTES, what: 'answer file' });
  } catch (err) {
    // The reason reads as its own clause ("it is a link to …, outside the deck's folder").
    if (err instanceof InputRefused) return { problem: err.code === 'missing' ? 'is not there' : `: ${err.reason}` };
    throw err;
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nodes = fragment === undefined ? answerNodes(text, question) : sectionAt(parseMarkdown(text).children, fragment);
  if (!nodes) return { problem: `has no heading #${fragment}` };
  return nodes.length ? { nodes } : { problem: fragment === undefined ? 'holds no answer' : `holds no answer under #${fragment}` };
}

/**
 * Each question whose whole answer is a link naming nothing (`[🗝️](./answers/osi.md)`): a local
 * markdown file beside the deck is read as its answer; a missing one leaves the question open, said
 * at its line with the path; a link to the web prints its address in place of the emoji.
 */
export function linkedAnswerFiles(parts: Part[], baseDir: string | undefined, warn: (line: number, message: string) => void): Part[] {
  return parts.map((part) => {
    if (part.kind !== 'question') return part;
    const link = loneLink(part.body) ?? literalLink(part.body);
    if (!link) return part;
    const line = part.body[0].position?.start.line ?? part.heading.position?.start.line ?? 1;
    // A list's question printed with the links to its answer (`1. What is OSI? [Answer](…)`) keeps
    // a web link (or a folder's) as it is; a file beside the deck is read as the answer there too.
    const listed = askedWith(part.heading);
    if (!listed && baseDir && localFolder(link.url, baseDir)) {
      warn(line, `the answer link ${link.url} names a folder, not an answer file; the question is left open — link the .md file that answers it`);
      return { ...part, body: [] };
    }
    const target = localMarkdown(link.url);
    const relative = target?.file;
    if (listed && (!relative || !baseDir)) return part;
    if (!relative || !baseDir) {
      // A web page (or a file we cannot read here): still a link, its text where it leads.
      const named: Link = { ...link, children: [{ type: 'text', value: readable(link.url) }] };
      return { ...part, body: [{ type: 'paragraph', children: [named], position: part.body[0].position }] };
    }
    const read = readAnswer(baseDir, relative, toString(part.heading), target?.fragment);
    if ('problem' in read) {
      warn(line, `the answer file ${link.url}${read.problem.startsWith(':') ? '' : ' '}${read.problem}; the question is left open — write the answer in ${relative} next to the deck, or fix the link`);
      return { ...part, body: [] };
    }
    const heading = listed ? unmarkAskedWith(part.heading) : part.heading;
    return { ...part, heading, body: placedAt(rebased(read.nodes, path.posix.dirname(relative)), part.body[0].position) };
  });
}
