import type { Code, Html, Nodes, Root } from 'mdast';
import type { Math } from 'mdast-util-math';
import type { Finding } from './finding.js';
import { fenceLeftOpen } from '../content/fences.js';
import { CONTAINER_OPEN, containerClose } from '../content/containers.js';
import { FOLDED_SHORTCODE, SHORTCODE_OPEN, shortcodeClose } from '../content/hugo-shortcodes.js';
import { excerpt } from '../model/excerpt.js';

/** A line that reads as a heading of the deck: a question (`### …?`) or a section or deeper heading. */
const HEADING_LIKE = /^ {0,3}(#{1,6}\s+\S.*\?\s*$|#{2,6}\s+\S)/;
/** Raw HTML blocks that only their closing mark ends (a blank line does not): a comment, `<script>`, `<pre>`, `<style>`, `<textarea>`. */
const HTML_OPENERS = /^ {0,3}<(!--|script|pre|style|textarea)(?=[\s>]|$)/i;

/** A block left open: what it is, how its content is lost, and its lines (from its first) that look like headings. */
interface Unclosed {
  what: string;
  lost: string;
  closeWith: string;
  headings: number[];
}

/**
 * A fenced code block, an HTML comment or a `<pre>` never closed runs to the end of its
 * container, the file for a top-level one: every question after it is read as code or hidden,
 * and lost from the deck. Markdown allows it, so the parse does not fail; where the block holds
 * lines that look like headings, that is what happened, and the check says where it opens.
 */
export function checkUnclosedBlocks(file: string, text: string, tree: Root): Finding[] {
  const findings: Finding[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const open =
      node.type === 'code' ? unclosedCode(node, text) : node.type === 'html' ? unclosedHtml(node) : node.type === 'math' ? unclosedMath(node, text) : undefined;
    if (open?.headings.length) {
      const line = node.position!.start.line;
      const n = open.headings.length;
      const headings = n === 1 ? '1 heading' : `${n} headings`;
      findings.push({
        file,
        line,
        level: 'warning',
        code: 'unclosed-block',
        message: `${open.what} is never closed, so ${headings} after it (from line ${line + open.headings[0]}) ${n === 1 ? 'is' : 'are'} ${open.lost} — close it with ${open.closeWith} where it ends`,
      });
    } else if (open && node.type === 'code') findings.push(...codeToTheEnd(file, node, text));
    else if (node.type === 'html') findings.push(...runOnHtml(file, node));
    else if (node.type === 'code') findings.push(...indentedQuestions(file, node, text));
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return [...findings, ...unclosedContainers(file, text, tree), ...unclosedShortcodes(file, text, tree), ...unclosedDetails(file, tree)];
}

/** Raw HTML of the file in reading order: blocks and inline tags, never code. */
function htmlNodes(node: Nodes): Html[] {
  if (node.type === 'html') return [node];
  return 'children' in node ? node.children.flatMap((child) => htmlNodes(child as Nodes)) : [];
}

/**
 * A `<details>` no `</details>` closes: the reading cannot tell where its answer ends, so all
 * after it may print folded into it. Tags are paired as nested, so the one left open is named.
 */
function unclosedDetails(file: string, tree: Root): Finding[] {
  const open: number[] = [];
  for (const node of htmlNodes(tree)) {
    const start = node.position?.start.line;
    if (start === undefined) continue;
    for (const m of node.value.matchAll(/<(\/?)details\b[^>]*>/gi)) {
      if (!m[1]) open.push(start + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0));
      else open.pop();
    }
  }
  return open.map((line) => ({
    file,
    line,
    level: 'warning',
    code: 'unclosed-block',
    message: '<details> is never closed — close it with </details> where its answer ends',
  }));
}

/**
 * A VitePress or Docusaurus container (`::: details Answer`, `:::tip`) opening a paragraph of the
 * file with no `:::` line closing it: it cannot be read as a box, so its opening line prints as
 * text in the answer and on its card.
 */
function unclosedContainers(file: string, text: string, tree: Root): Finding[] {
  if (!text.includes(':::')) return [];
  const lines = text.split(/\r?\n/);
  return tree.children.flatMap((node): Finding[] => {
    const line = node.position?.start.line;
    const m = node.type === 'paragraph' && line ? CONTAINER_OPEN.exec(lines[line - 1]) : null;
    if (!m || !line || containerClose(lines, line, m[1].length) > 0) return [];
    return [
      {
        file,
        line,
        level: 'warning',
        code: 'unclosed-block',
        message: `container "${lines[line - 1].trim()}" is never closed, so its ${m[1]} line prints as text — close it with a line of ${m[1]} where it ends`,
      },
    ];
  });
}

/**
 * A Hugo shortcode on its own line that no closing tag matches: a details-like one cannot be read
 * as a box, and any other (`{{< figure >}}`, `{{< youtube >}}`) is not run; either way its line
 * prints with its braces, in the answer and on its card.
 */
function unclosedShortcodes(file: string, text: string, tree: Root): Finding[] {
  if (!text.includes('{{<') && !text.includes('{{%')) return [];
  const lines = text.split(/\r?\n/);
  return tree.children.flatMap((node): Finding[] => {
    const line = node.position?.start.line;
    const m = node.type === 'paragraph' && line ? SHORTCODE_OPEN.exec(lines[line - 1]) : null;
    if (!m || !line || shortcodeClose(lines, line, m[2]) > 0) return [];
    const [open, close] = m[1] === '%' ? ['{{%', '%}}'] : ['{{<', '>}}'];
    const message = FOLDED_SHORTCODE.test(m[2])
      ? `shortcode "${lines[line - 1].trim()}" is never closed, so its line prints as text — close it with ${open} /${m[2]} ${close} where it ends`
      : `shortcode "${lines[line - 1].trim()}" is not run here, so its line prints as text — write it as markdown or delete it`;
    return [{ file, line, level: 'warning', code: 'unclosed-block', message }];
  });
}

/**
 * An HTML block of any other kind (`<div class="note">`, `<details>`) runs on to the next blank
 * line: a question heading written on the line under it is read as the HTML's text, and prints as
 * "### Two?" inside the answer above, its question lost from the deck.
 */
function runOnHtml(file: string, node: Html): Finding[] {
  if (HTML_OPENERS.test(node.value) || !node.position) return [];
  const headings = headingLines(node.value.split(/\r?\n/));
  if (!headings.length) return [];
  const line = node.position.start.line;
  const n = headings.length;
  const first = node.value.split(/\r?\n/, 1)[0].trim();
  const tag = excerpt(first, 40);
  return [
    {
      file,
      line,
      level: 'warning',
      code: 'unclosed-block',
      message: `HTML "${tag}" runs on to the next blank line, so ${n === 1 ? '1 heading' : `${n} headings`} under it (from line ${line + headings[0]}) ${n === 1 ? 'is' : 'are'} read as its text — put a blank line after the HTML`,
    },
  ];
}

/** A question heading alone on its line: `### What is X?`. */
const QUESTION_LINE = /^#{2,6}[ \t]+\S.*\?[ \t]*$/;

/**
 * Code indented four spaces or a tab (no fence) whose lines hold question headings: a bank pasted
 * with an indent keeps its questions as code, printed in the answer above and lost from the deck.
 */
function indentedQuestions(file: string, node: Code, text: string): Finding[] {
  const lines = sourceLines(node, text);
  if (!lines || !node.position || /^\s*(?:`{3,}|~{3,})/.test(lines[0])) return [];
  const asked = node.value.split('\n').flatMap((l, i) => (QUESTION_LINE.test(l) ? [i] : []));
  if (!asked.length) return [];
  const line = node.position.start.line;
  const n = asked.length;
  const message = `indented code holds ${n === 1 ? '1 question heading' : `${n} question headings`} (from line ${line + asked[0]}), printed as code — remove the indent: four spaces or a tab before a line make it code`;
  return [{ file, line, level: 'warning', code: 'unclosed-block', message }];
}

/** Lines after the first that look like headings. */
const headingLines = (lines: string[]): number[] => lines.flatMap((line, i) => (i > 0 && HEADING_LIKE.test(line) ? [i] : []));

/** A block's lines as written in the source; undefined without a position. */
function sourceLines(node: Code | Math, text: string): string[] | undefined {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? undefined : text.slice(start.offset, end.offset).split(/\r?\n/);
}

/** A fenced code block without its closing fence; undefined when closed or indented. */
function unclosedCode(node: Code, text: string): Unclosed | undefined {
  const lines = sourceLines(node, text);
  if (!lines || !fenceLeftOpen(lines)) return undefined;
  return { what: 'code block', lost: 'read as code', closeWith: 'its fence', headings: headingLines(lines) };
}

/**
 * A fence left open over no heading: the prose, lists and tables after it, to the end of its
 * container, print as code. Nothing after the fence line, nothing is lost.
 */
function codeToTheEnd(file: string, node: Code, text: string): Finding[] {
  const lines = sourceLines(node, text) ?? [];
  let last = lines.length - 1;
  while (last > 0 && !lines[last].trim()) last--;
  if (last < 1 || !node.position) return [];
  const line = node.position.start.line;
  const message = `code block is never closed, so lines ${line + 1} to ${line + last} after it are read as code — close it with its fence where it ends`;
  return [{ file, line, level: 'warning', code: 'unclosed-block', message }];
}

/** A `$$` formula block without its closing `$$` line: it runs to the end of its container too. */
function unclosedMath(node: Math, text: string): Unclosed | undefined {
  const lines = sourceLines(node, text);
  if (!lines || (lines.length > 1 && /^\s*\${2,}\s*$/.test(lines[lines.length - 1]))) return undefined;
  return { what: 'formula block ($$)', lost: 'read as TeX', closeWith: 'a line of $$', headings: headingLines(lines) };
}

/** A comment or `<pre>`-like HTML block without its closing mark; undefined otherwise. */
function unclosedHtml(node: Html): Unclosed | undefined {
  const kind = HTML_OPENERS.exec(node.value)?.[1].toLowerCase();
  if (!kind) return undefined;
  const closer = kind === '!--' ? '-->' : `</${kind}>`;
  if (node.value.toLowerCase().includes(closer)) return undefined;
  const what = kind === '!--' ? 'HTML comment' : `<${kind}> block`;
  return { what, lost: kind === '!--' ? 'hidden' : 'read as its text', closeWith: closer, headings: headingLines(node.value.split(/\r?\n/)) };
}
