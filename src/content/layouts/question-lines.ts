import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { phrasingLines } from '../phrasing-lines.js';
import { ANSWER_LABEL, QUESTION_LABEL } from './labels.js';
import { ASKS } from './list-items.js';
import { isNumbered } from './question-number.js';
import { levelNamed } from '../level-names.js';
import type { Layout, Part } from './types.js';
import { answersUnder } from './answers-under.js';
import { openingQuestionLines } from './opening-question-lines.js';
import { promptHeading, topicPrompts } from './topic-line-prompts.js';

// A bank copied from a web page as plain text, its headings lost: each question is a line of its
// own that asks, the answer is the text under it, and a chapter's name is a short line right
// above its first question ("Core Components⏎What is a listener?"), often run on under the
// previous answer with no blank line between.

/** A chapter's name: one short line that does not end like a sentence. */
const TITLE = /^[^\n]{1,60}$/;
const ENDS_SENTENCE = /[.!?;:,。！？；：，]\s*$/;
// A question may end with an aside after its mark: "Which tools do you use? (e.g., X, Y)".
const ASKS_WITH_ASIDE = /[?？]\s*[(（][^()（）\n]*[)）]$/;
// A bid, as a bank of open questions slips one in among them, never an answer's opening words.
const BIDS = /^(?:explain|describe|define|compare|discuss|outline|summari[sz]e)\b[^\n]{0,150}$/i;

const textOf = (line: PhrasingContent[]): string => toString({ type: 'paragraph', children: line }).trim();

/** The paragraph's last line when it asks on its own (not a `Q:` label, a numbered item, or a long sentence). */
function askingLine(p: Paragraph): { before: PhrasingContent[][]; asked: PhrasingContent[] } | undefined {
  const lines = phrasingLines(p.children).filter((l) => textOf(l));
  const asked = lines[lines.length - 1];
  const text = asked ? textOf(asked) : '';
  if (!text || text.length > 300 || !(ASKS.test(text) || ASKS_WITH_ASIDE.test(text)) || QUESTION_LABEL.test(text) || ANSWER_LABEL.test(text)) return undefined;
  if (isNumbered({ type: 'heading', depth: 3, children: asked })) return undefined;
  return { before: lines.slice(0, -1), asked };
}

/** Whether the paragraph asks, and what follows it is an answer (not another question). */
function asksWithAnswer(nodes: RootContent[], i: number): boolean {
  const node = nodes[i];
  if (node.type !== 'paragraph' || !askingLine(node)) return false;
  const next = nodes[i + 1];
  return !!next && next.type !== 'heading' && !(next.type === 'paragraph' && phrasingLines(next.children).length === 1 && askingLine(next));
}

/**
 * Whether the paragraph asks, one of three or more in a row that do: a bank of open questions
 * written one a paragraph (`What is X?⏎⏎What is Y?⏎⏎What is Z?`), none answered yet.
 */
function inOpenRun(nodes: RootContent[], i: number): boolean {
  const asks = (k: number) => nodes[k]?.type === 'paragraph' && !!askingLine(nodes[k] as Paragraph);
  // A bid between two of them is asked as they are ("Explain the architecture of Kubernetes."), and
  // so is one closing the run (nothing, or a heading, after it).
  const closes = (k: number) => !nodes[k] || nodes[k].type === 'heading' || nodes[k].type === 'thematicBreak';
  const member = (k: number) => asks(k) || (asks(k - 1) && (asks(k + 1) || closes(k + 1)) && !!bidLine(nodes[k]));
  if (!member(i)) return false;
  let [start, end] = [i, i];
  while (member(start - 1)) start--;
  while (member(end + 1)) end++;
  return end - start >= 2;
}

/** A paragraph of one line that bids rather than asks (`Explain …`, `Describe …`): its line. */
function bidLine(node: RootContent | undefined): PhrasingContent[] | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const lines = phrasingLines(node.children).filter((l) => textOf(l));
  return lines.length === 1 && BIDS.test(textOf(lines[0])) ? lines[0] : undefined;
}

// A group's title on a line of its own between questions: it names a level or a group of questions
// (`Beginner-Level Questions`, `Intermediate Level`, `Round 2`), or is two words or more in Title Case.
const GROUP_WORD = /\b(?:questions?|level|topics?|section|part|round)\b/i;
const TITLE_CASE = /^(?:[\p{Lu}\d][\p{L}\d'’-]*|[\p{Ll}]{1,3})(?:\s+(?:[\p{Lu}\d][\p{L}\d'’-]*|[\p{Ll}]{1,3}))+$/u;

/** A paragraph of one short line that names the group of questions under it, read as its heading. */
function groupTitle(node: RootContent, next: RootContent | undefined): Heading | undefined {
  if (node.type !== 'paragraph' || next?.type !== 'paragraph' || !askingLine(next)) return undefined;
  const lines = phrasingLines(node.children).filter((l) => textOf(l));
  const text = lines.length === 1 ? textOf(lines[0]) : '';
  if (!TITLE.test(text) || ENDS_SENTENCE.test(text) || !/\p{L}/u.test(text) || bidLine(node)) return undefined;
  if (!(levelNamed(text) || GROUP_WORD.test(text) || TITLE_CASE.test(text))) return undefined;
  return { type: 'heading', depth: 2, children: lines[0], position: node.position };
}

/**
 * The bank's nodes with its group titles as headings: `Beginner-Level Questions` on a line of its own
 * over a run of questions. Read as text, such a title was the answer of the question above it.
 */
const withGroupTitles = (nodes: RootContent[]): RootContent[] => nodes.map((node, i) => groupTitle(node, nodes[i + 1]) ?? node);

/** Whether the paragraph is a question: answered by what follows, or among open ones. */
const isQuestionAt = (nodes: RootContent[], i: number): boolean => asksWithAnswer(nodes, i) || inOpenRun(nodes, i);

/**
 * In a bank read so, a line that asks on its own with another question, a heading or nothing
 * after it is an open question too, even outside a run of three (`How would you …?⏎⏎What port …?⏎⏎5173`):
 * it was taken for the intro of its group, or the end of the answer above.
 */
function openInBank(nodes: RootContent[], i: number): boolean {
  const node = nodes[i];
  if (node.type !== 'paragraph' || phrasingLines(node.children).filter((l) => textOf(l)).length !== 1 || !askingLine(node)) return false;
  if (subtitle(nodes, i)) return false;
  const next = nodes[i + 1];
  return !next || next.type === 'heading' || next.type === 'thematicBreak' || (next.type === 'paragraph' && !!askingLine(next));
}

/** Whether the paragraph's words are all in bold, past a leading emoji (`🔍 **When can …?**`). */
function allBold(p: Paragraph): boolean {
  return p.children.some((c) => c.type === 'strong') && p.children.every((c) => c.type === 'strong' || (c.type === 'text' && !/[\p{L}\p{N}]/u.test(c.value)));
}

/**
 * A post's subtitle: a line all in bold (often in bold letters, `🔍 𝐖𝐡𝐞𝐧 𝐜𝐚𝐧 …?`) right under its
 * title, over questions that are answered and not set so (`**Interviewer**: Explain …?` over the
 * reply). It names what the questions after it ask; it is not one more, open.
 */
function subtitle(nodes: RootContent[], i: number): boolean {
  const [node, next] = [nodes[i], nodes[i + 1]];
  return nodes[i - 1]?.type === 'heading' && node.type === 'paragraph' && allBold(node) && next?.type === 'paragraph' && !allBold(next) && asksWithAnswer(nodes, i + 1);
}

/** A piece of a paragraph, at the line it starts on. */
const paragraphAt = (line: number, children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children, position: { start: { line, column: 1 }, end: { line, column: 1 } } });

/** Lines as one paragraph again, a line break between them. */
const joined = (lines: PhrasingContent[][]): PhrasingContent[] => lines.flatMap((l, k) => (k ? [{ type: 'break' } as PhrasingContent, ...l] : l));

/**
 * Questions as lines of their own ending in `?` with the answer in the paragraphs under them,
 * as text pasted from a web page or a document reads, or with none (three or more in a row): a
 * short line right above a question (on the line before it, or ending the answer above) names a section.
 */
export const questionLinesLayout: Layout = {
  name: 'question-lines',
  count: (given) => {
    const opening = openingQuestionLines(given);
    const nodes = withGroupTitles(answersUnder(opening.nodes));
    const prompts = topicPrompts(nodes);
    const asking = nodes.filter((_, i) => isQuestionAt(nodes, i) || prompts.has(i)).length;
    // Three at least: a few paragraphs that end in a question are prose, not a bank. Lines opening
    // a bank of them above its first section are its questions too (fewer than three read as open ones).
    if (asking < 3) return 0;
    return opening.lines ? nodes.filter((_, i) => isQuestionAt(nodes, i) || openInBank(nodes, i) || prompts.has(i)).length : asking;
  },
  read(given) {
    // Questions with their answers on the lines right under them are cut from those answers first.
    const nodes = withGroupTitles(answersUnder(openingQuestionLines(given).nodes));
    const parts: Part[] = [];
    const prompts = topicPrompts(nodes);
    let open: RootContent[] | undefined;
    nodes.forEach((node, i) => {
      const prompt = prompts.get(i);
      if (prompt) {
        // A part of open prompts: each paragraph is one, its arrow lines printed with it.
        open = prompt.with ? [prompt.with] : [];
        parts.push({ kind: 'question', heading: promptHeading(prompt, node.position?.start.line ?? 1), body: open });
        return;
      }
      const asked = isQuestionAt(nodes, i) || openInBank(nodes, i);
      const bid = asked ? bidLine(node) : undefined;
      const found = node.type === 'paragraph' && asked ? (askingLine(node) ?? (bid && { before: [], asked: bid })) : undefined;
      if (!found || node.type !== 'paragraph') {
        if (node.type === 'heading') {
          open = undefined;
          parts.push({ kind: 'heading', node });
        } else if (open) open.push(node);
        else parts.push({ kind: 'content', node });
        return;
      }
      const start = node.position?.start.line ?? 1;
      let before = found.before;
      // The line right above the question names its section when it reads as a title.
      const last = before[before.length - 1];
      const title = last && TITLE.test(textOf(last)) && !ENDS_SENTENCE.test(textOf(last)) ? last : undefined;
      if (title) before = before.slice(0, -1);
      // What stands above, in the same paragraph, ends the answer before (or is the intro).
      if (before.length) {
        const rest = paragraphAt(start, joined(before));
        if (open) open.push(rest);
        else parts.push({ kind: 'content', node: rest });
      }
      if (title) parts.push({ kind: 'heading', node: { type: 'heading', depth: 2, children: title, position: paragraphAt(start + before.length, title).position } satisfies Heading });
      open = [];
      const line = start + before.length + (title ? 1 : 0);
      parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: found.asked, position: paragraphAt(line, found.asked).position }, body: open });
    });
    return parts;
  },
};
