import { toString } from 'mdast-util-to-string';
import { translatesLine } from './translated-pairs.js';
import type { Paragraph, RootContent } from 'mdast';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { ASKS, BIDS, PROMPT_START } from './list-items.js';
import { cardLines } from './flashcards.js';
import { countsUp } from './counting-on.js';

// `1⇥What is React?`, `12  What is JSX?`: a number, a tab or two spaces, the question (as a column copied from a sheet);
// or `1. What …`, also typed with no space, `1.What …` (which is why markdown saw no list).
const NUMBERED_LINE = /^\s*([0-9]{1,4})(?:\t+|\s{2,}|\s*[.)]\s+|[.)](?=\p{Lu}))(?=\S)/u;

/**
 * A paragraph whose lines are numbered questions, one a line, counting up (`1⇥What is React?⏎2⇥…`),
 * as a column of questions pasted from a spreadsheet reads: its lines, each as a paragraph at its
 * own line, numbers taken off. Most lines must ask.
 */
export function numberedLines(node: RootContent): Paragraph[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = cutParagraph(node, lineCuts(node.children));
  if (lines.length < 2) return undefined;
  const numbers = lines.map((line) => NUMBERED_LINE.exec(toString(line))?.[1]);
  if (numbers.some((n) => n === undefined) || !countsUp(numbers.map(Number))) return undefined;
  // Asking, bidding as Korean banks do (`…설명해주세요.`), or setting a task (`3.Поясніть, що виведе цей код.`).
  const prompts = (line: Paragraph): boolean => ASKS.test(toString(line)) || BIDS.test(toString(line)) || PROMPT_START.test(toString(line).replace(NUMBERED_LINE, '').trim());
  if (lines.filter(prompts).length * 2 < lines.length) return undefined;
  return lines.map((line) => {
    const [first, ...rest] = line.children;
    // A line that is a link to the question's page (`[1. 인덱스가 무엇인지 …](db/index.md)`): the number is in the link's words.
    if (first?.type === 'link' && first.children[0]?.type === 'text') {
      const [words, ...more] = first.children;
      return { ...line, children: [{ ...first, children: [{ ...words, value: words.value.replace(NUMBERED_LINE, '') }, ...more] }, ...rest] };
    }
    if (first?.type !== 'text') return line;
    return { ...line, children: [{ ...first, value: first.value.replace(NUMBERED_LINE, '') }, ...rest] };
  });
}

// A question somewhere in the line (`Have you used Git? Tell us about it.`).
const HAS_QUESTION = /[?？؟\u037e]/;

/**
 * A paragraph of short lines, one question or prompt a line, more than half of them asking
 * (`What is DevOps?⏎List its principles.⏎How does it differ …?`), as a bank of questions to
 * study lists them under its topic headings: its lines, each a paragraph at its own line.
 */
export function questionColumn(node: RootContent): Paragraph[] | undefined {
  // Lines that carry their answers after `::` are flashcards.
  if (cardLines(node)) return undefined;
  const lines = promptLines(node);
  if (!lines || lines.length < 2 || lines.some((l, k) => k > 0 && runsOn(toString(lines[k - 1]), toString(l)))) return undefined;
  // Two lines, the second the first in another script (`**EN:** What is an API?⏎**TH:** API คืออะไร?`): one question asked in two languages.
  if (lines.length === 2 && translatesLine(toString(lines[0]), toString(lines[1]))) return undefined;
  const asking = lines.filter((l) => HAS_QUESTION.test(toString(l))).length;
  // Or every line asks or bids (`Explain the difference between TCP and UDP.⏎Describe …⏎How do you …?`), one asking at least;
  // a topic's name may stand between them, over more of its questions.
  const prompt = (l: Paragraph, k: number): boolean => HAS_QUESTION.test(toString(l)) || PROMPT_START.test(toString(l).trim()) || (k > 0 && k < lines.length - 1 && columnTopic(toString(l).trim()));
  const prompts = asking > 0 && lines.every(prompt);
  return asking * 2 > lines.length || prompts ? lines : undefined;
}

/**
 * A line that carries on the sentence of the line above (`… Because most⏎lists pass over …`):
 * prose wrapped over lines, a question asked in passing, not a column of questions.
 */
const runsOn = (above: string, line: string): boolean => !/[.!?:;)。！？：；]\s*$/u.test(above.trim()) && /^\p{Ll}/u.test(line.trim());

/**
 * A line of a column of questions that names a topic instead (`Tools and Technologies`): two to six
 * words, the longer ones capitalised, neither asking, bidding, nor ending like a sentence.
 */
export function columnTopic(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6 || !/^\p{Lu}/u.test(text) || /[.!?:;,。！？：；]$/.test(text)) return false;
  const titled = words.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
  return titled && !ASKS.test(text) && !BIDS.test(text) && !PROMPT_START.test(text);
}

/** One line short enough to be a question or a prompt, that does not introduce what follows it (`Examples:`). */
export const promptText = (text: string): boolean => !!text && text.length <= 240 && !text.includes('\n') && !/[:：]$/.test(text);

/** A paragraph's lines when each reads as one question or prompt. */
function promptLines(node: RootContent): Paragraph[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = cutParagraph(node, lineCuts(node.children));
  return lines.every((line) => promptText(toString(line).trim())) ? lines : undefined;
}

/**
 * The question columns of a file and, once it has one, each paragraph of prompts standing alone
 * under a heading (`#### 8. Scripting:⏎⏎What languages do you script in?`, or lines that bid
 * rather than ask): the same lists.
 */
export function questionColumns(nodes: RootContent[]): Map<RootContent, Paragraph[]> {
  const found = new Map<RootContent, Paragraph[]>();
  for (const node of nodes) {
    const lines = questionColumn(node);
    if (lines) found.set(node, lines);
  }
  if (!found.size) return found;
  nodes.forEach((node, i) => {
    // The only text under its heading: questions to study, even where none ends in `?` (`Describe how …`).
    const alone = node.type === 'paragraph' && nodes[i - 1]?.type === 'heading' && (!nodes[i + 1] || nodes[i + 1].type === 'heading' || nodes[i + 1].type === 'thematicBreak');
    const lines = alone && !found.has(node) ? promptLines(node) : undefined;
    if (lines && (lines.length > 1 || HAS_QUESTION.test(toString(node)))) found.set(node, lines);
  });
  return found;
}
