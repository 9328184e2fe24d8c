import type { Html, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shiftPositions } from './split-markdown.js';
import { markCardStart } from './layouts/card-start.js';
import { escapeHtml } from './text.js';
import { ASKS, asksInHeadings, boxInAnswer, calloutBox, namesAnswer } from './callouts.js';
import { kindTitle } from './box-titles.js';
import { setsTask } from './layouts/bid-start.js';

// `!!! warning "Avoid"` / `??? note` (MkDocs Material, Python-Markdown): a titled box whose
// content is indented under it.
const HEADER = /^(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)(?:[ \t]+"([^"]*)")?[ \t]*$/;
const INDENTED = /^(?: {4}|\t)/;
// The kinds MkDocs Material gives a box that asks (`question`, and its other names `help`, `faq`).
const QUESTION_KIND = /^(?:question|help|faq)$/i;

/**
 * Admonitions of sites built with MkDocs (`!!! warning "Avoid"` over an indented block), which
 * markdown reads as one run-on paragraph of text ("!!! warning "Avoid" - a - b"): their title in
 * bold, then their content parsed as the markdown it is. `parse` reads that content.
 */
export function restoreAdmonitions(tree: Root, source: string, parse: (text: string) => Root): Root {
  const lines = source.split('\n');
  const out: RootContent[] = [];
  const nodes = tree.children;
  // In a bank of `### Question?` headings a question box is an aside of its answer; else each is a question of the
  // bank, under headings that name topics (`### Pods`) as much as with none.
  const asides = asksInHeadings(nodes);
  const opensBox = (n: RootContent | undefined): RegExpExecArray | null =>
    n?.type === 'paragraph' && n.position?.start.column === 1 ? HEADER.exec(lines[n.position.start.line - 1]) : null;
  // Boxes of another kind titled with what they ask (`??? example "Why …?"`, two at least, none inside an
  // answer): the bank's questions as much as `??? question` boxes are, else it read none of them.
  const askingTitles = nodes.filter((n) => ASKS.test(opensBox(n)?.[2] ?? '')).length;
  // Boxes titled with a task (`??? question "Describe …"`, `!!! example "Explain how …"`) among boxes that ask, or of the
  // kind that asks: questions of the same bank, as `Explain …` headings are of a bank of headings.
  const titled = (n: RootContent): string => opensBox(n)?.[2] ?? '';
  const tasking = nodes.filter((n) => ASKS.test(titled(n)) || setsTask(titled(n))).length >= 2;
  const closings = new Set<RootContent>();
  let afterBox = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const line = node.position?.start.line;
    const m = line ? opensBox(node) : null;
    const before = afterBox ? undefined : out[out.length - 1];
    afterBox = !!m;
    if (!m || !line) {
      out.push(node);
      continue;
    }
    // Lines run on under the opening one with no indent (`??? question "Why …?"⏎Because …`) are its content as much as indented ones: the author's answer, not a line to lose.
    let last = Math.max(line, node.position?.end.line ?? line);
    while (last < lines.length && (INDENTED.test(lines[last]) || (!lines[last].trim() && INDENTED.test(lines.slice(last).find((l) => l.trim()) ?? '')))) last++;
    const body = lines.slice(line, last).map((l) => l.replace(INDENTED, ''));
    const offset = (node.position?.start.offset ?? 0) + lines[line - 1].length + 1;
    // A box inside it (a `!!! tip` under the answer) is read the same way.
    const inner = body.join('\n');
    const content = restoreAdmonitions(parse(inner), inner, parse).children.map((child) => shiftPositions(child, line, offset));
    let next = i + 1;
    while (next < nodes.length && (nodes[next].position?.start.line ?? Infinity) <= last) next++;
    // Right under a box read as a question, a box is the next of them, not inside its answer.
    const inAnswer = boxInAnswer(asides, before && closings.has(before) ? undefined : before, !!opensBox(nodes[next]));
    const asking =
      m[2] !== undefined &&
      ((ASKS.test(m[2]) && (QUESTION_KIND.test(m[1]) || (askingTitles >= 2 && !inAnswer))) ||
        (setsTask(m[2]) && tasking && (QUESTION_KIND.test(m[1]) || (askingTitles >= 1 && !inAnswer))));
    if (!asides && asking) {
      // A box that asks (`!!! question "What is a pod?"`) over its answer: the `<details>` block a bank
      // hiding each answer writes, so two of them are a bank as much as twenty (as one-line questions, three were the fewest).
      const at = node.position;
      const open: Html = { type: 'html', value: `<details>\n<summary>${escapeHtml(m[2])}</summary>`, position: at };
      const end = { line: last, column: 1 };
      afterBox = false;
      const close: Html = { type: 'html', value: '</details>', position: at && { start: end, end } };
      closings.add(close);
      out.push(open, ...content, close);
    } else {
      const title: Paragraph = { type: 'paragraph', children: [m[2] === undefined ? kindTitle(m[1]) : { type: 'strong', children: titleWords(m[2], parse) }], position: node.position };
      // Inside an answer a box is an aside of it (a tip, a note, a question put to the reader): it keeps its box
      // and its kind, as a callout does, so its title in bold is not read as a question of the bank, nor its
      // words as the card of the question over it.
      // One titled as the answer (`??? tip "Solution"` under what is asked) is that answer, as a callout so titled is.
      // Under a question it asks (`How do … differ?` over it), the card is made from it, not from the question.
      if (m[2] !== undefined && namesAnswer(m[2])) out.push(...content.map((c, k) => (k === 0 && before?.type === 'paragraph' && ASKS.test(toString(before)) ? markCardStart(c) : c)));
      else if (inAnswer) out.push(calloutBox(title, content, node.position, m[1]));
      else out.push(title, ...content);
    }
    // The nodes markdown made of the indented lines (the paragraph's run-on, an indented code block) go.
    while (i + 1 < nodes.length && (nodes[i + 1].position?.start.line ?? Infinity) <= last) i++;
  }
  tree.children = out;
  return tree;
}

/** A title's words read as the markdown they are (`What does \`yield\` do?` holds code), not as text printing its backticks. */
function titleWords(title: string, parse: (text: string) => Root): PhrasingContent[] {
  const [first] = parse(title).children;
  return first?.type === 'paragraph' ? first.children.map(({ position: _position, ...c }) => c as PhrasingContent) : [{ type: 'text', value: title }];
}
