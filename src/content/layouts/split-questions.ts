import { toString } from 'mdast-util-to-string';
import type { Heading, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { ANSWER_LABEL, QUESTION_LABEL } from './labels.js';

// A question label at the start of a line inside a text node: `…⏎Question: …`.
const QUESTION_LINE = new RegExp(`\\n(?=${QUESTION_LABEL.source.slice(1)})`, 'iu');

/** A one-line title over the questions under it ("Docker Interview Questions"), not a sentence. */
const TITLE_LINE = /^[^\n]{1,80}$/;
const ENDS_SENTENCE = /[.!?;:,。！？；：，]\s*$/;

/** Where in `children` a new line starts with a question label: [child index, offset in its text]. */
function questionLines(children: PhrasingContent[]): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  children.forEach((child, i) => {
    const previous = children[i - 1];
    if (i > 0 && previous.type === 'break' && QUESTION_LABEL.test(toString(child) + (children[i + 1] ? toString(children[i + 1]) : ''))) cuts.push([i, 0]);
    if (child.type !== 'text') return;
    const re = new RegExp(QUESTION_LINE.source, 'giu');
    for (let m = re.exec(child.value); m; m = re.exec(child.value)) {
      // A label opening the next child (`⏎**Question:** …`) is found by testing the rest of the line with it.
      const rest = child.value.slice(m.index + 1);
      if (rest.trim() || (children[i + 1] && QUESTION_LABEL.test(toString(children[i + 1])))) cuts.push([i, m.index + 1]);
    }
  });
  return cuts;
}

function lineOfOffset(text: Text, offset: number): number {
  return (text.position?.start.line ?? 1) + (text.value.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/** `children` split at each cut, leading and trailing line ends trimmed from each piece. */
function cutAt(paragraph: Paragraph, cuts: Array<[number, number]>): Paragraph[] {
  const pieces: Paragraph[] = [];
  let current: PhrasingContent[] = [];
  let startLine = paragraph.position?.start.line ?? 1;
  const close = (endLine: number) => {
    while (current.length && current[current.length - 1].type === 'break') current.pop();
    const last = current[current.length - 1];
    if (last?.type === 'text') current[current.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
    if (current.length) pieces.push({ type: 'paragraph', children: current, position: { start: { line: startLine, column: 1 }, end: { line: Math.max(startLine, endLine), column: 1 } } });
    current = [];
  };
  paragraph.children.forEach((child, i) => {
    const here = cuts.filter(([at]) => at === i).map(([, offset]) => offset);
    if (!here.length) return void current.push(child);
    if (child.type !== 'text') {
      close((child.position?.start.line ?? startLine) - 1);
      startLine = child.position?.start.line ?? startLine;
      if (child.type !== 'break') current.push(child);
      return;
    }
    let from = 0;
    for (const offset of here) {
      if (offset > from) current.push({ ...child, value: child.value.slice(from, offset) });
      const line = lineOfOffset(child, offset);
      close(line - 1);
      startLine = line;
      from = offset;
    }
    if (from < child.value.length) current.push({ ...child, value: child.value.slice(from) });
  });
  close(paragraph.position?.end.line ?? startLine);
  return pieces;
}

/**
 * Paragraphs that hold more than one question, as banks written without blank lines do
 * (`Question: …⏎Answer: …⏎Question: …`, or a pasted code listing running into the next
 * question), split where each question's line starts. A single short line above the first
 * question ("Kubernetes Interview Questions⏎Question: …") is a section title.
 */
export function splitAtQuestions(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== 'paragraph') return [node];
    const cuts = questionLines(node.children);
    if (!cuts.length) return [node];
    const [lead, ...rest] = cutAt(node, cuts);
    const text = lead ? toString(lead) : '';
    const titled = lead && !QUESTION_LABEL.test(text) && !ANSWER_LABEL.test(text) && TITLE_LINE.test(text.trim()) && !ENDS_SENTENCE.test(text);
    if (!titled) return [lead, ...rest].filter(Boolean);
    const heading: Heading = { type: 'heading', depth: 2, children: lead.children, position: lead.position };
    return [heading, ...rest];
  });
}
