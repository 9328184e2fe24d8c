import { toString } from 'mdast-util-to-string';
import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { cutParagraph, type Cut } from './cut-paragraph.js';
import { ANSWER_LABEL, QUESTION_LABEL } from './labels.js';

// A question label at the start of a line inside a text node: `…⏎Question: …`.
const QUESTION_LINE = new RegExp(`\\n(?=${QUESTION_LABEL.source.slice(1)})`, 'iu');

/** A one-line title over the questions under it ("Docker Interview Questions"), not a sentence. */
const TITLE_LINE = /^[^\n]{1,80}$/;
const ENDS_SENTENCE = /[.!?;:,。！？；：，]\s*$/;

/** Where in `children` a new line starts with a question label: [child index, offset in its text]. */
function questionLines(children: PhrasingContent[]): Cut[] {
  const cuts: Cut[] = [];
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
    const [lead, ...rest] = cutParagraph(node, cuts);
    const text = lead ? toString(lead) : '';
    const titled = lead && !QUESTION_LABEL.test(text) && !ANSWER_LABEL.test(text) && TITLE_LINE.test(text.trim()) && !ENDS_SENTENCE.test(text);
    if (!titled) return [lead, ...rest].filter(Boolean);
    const heading: Heading = { type: 'heading', depth: 2, children: lead.children, position: lead.position };
    return [heading, ...rest];
  });
}
