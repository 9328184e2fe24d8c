import { toString } from 'mdast-util-to-string';
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { boldItemQuestions } from './bold-item-questions.js';
import { boldNumbered, unfinishedBoldNumbered } from './bold-numbered.js';
import { ANSWER_LABEL, ANSWER_LINE, OPTION_LINES, QUESTION_LABEL } from './labels.js';
import { runOnAnswerSplit } from './run-on-answer.js';
import { unlabelledQuestions } from './answer-label-pairs.js';
import { markCardStart } from './card-start.js';
import { splitAtQuestions } from './split-questions.js';
import { stripLabel } from './strip-label.js';
import { quotedAnswer } from './quoted-answer.js';
import { unquoted } from './unquoted.js';
import type { Layout, Part } from './types.js';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { levelLine } from '../level-names.js';
import { inlineAnswer } from './inline-answer.js';
import { quotedAsk } from './quoted-ask.js';
import { titleAsks } from '../text.js';
import { lineText } from '../line-text.js';
import { askingLines } from './asking-line.js';
import { parenPrompts, promptWords, taskPart, taskWords } from './paren-prompts.js';

const isQuestion = (node: RootContent, next?: RootContent): boolean =>
  (node.type === 'paragraph' && QUESTION_LABEL.test(toString(node))) || !!boldNumbered(node) || !!unfinishedBoldNumbered(node)?.words.length || !!quotedAsk(node, next);

/** Splits `Q: … ⏎ A: …` written as one paragraph at the line that starts with the answer label. */
function splitAtAnswer(children: PhrasingContent[]): { question: PhrasingContent[]; answer?: PhrasingContent[] } {
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const previous = children[i - 1];
    const lineStart = i === 0 || previous.type === 'break' || (previous.type === 'text' && /\n\s*$/.test(previous.value));
    if (child.type === 'text') {
      const m = ANSWER_LINE.exec(child.value);
      if (m) {
        const before = child.value.slice(0, m.index);
        const after = child.value.slice(m.index + 1);
        return { question: [...children.slice(0, i), ...(before ? [{ ...child, value: before }] : [])], answer: stripLabel([{ ...child, value: after }, ...children.slice(i + 1)], ANSWER_LABEL) };
      }
    }
    if (i > 0 && lineStart && ANSWER_LABEL.test(toString(child) + (children[i + 1] ? toString(children[i + 1]) : ''))) {
      return { question: trimEnd(children.slice(0, i)), answer: stripLabel(children.slice(i), ANSWER_LABEL) };
    }
  }
  return inlineAnswer(children) ?? { question: children };
}

/**
 * A question's level written on the line under it, before its answer (`Question 1: …⏎Difficulty:
 * Easy⏎Answer: …`): a paragraph of its own, read as the question's level, not as its words.
 */
function levelBelow(question: PhrasingContent[], at: Paragraph['position']): { question: PhrasingContent[]; level: Paragraph[] } {
  const cuts = lineCuts(question);
  if (!cuts.length) return { question, level: [] };
  const [asked, last] = cutParagraph({ type: 'paragraph', children: question, position: at }, [cuts[cuts.length - 1]]);
  return last && levelLine(toString(last)) ? { question: asked.children, level: [last] } : { question, level: [] };
}

function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const out = children.filter((c, i) => !(c.type === 'break' && i === children.length - 1));
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

/**
 * Whether the bank draws a rule between its pairs (`---` or `⸻` right above most questions):
 * then a rule closes the answer above it, and what stands between it and the next question is
 * not part of that answer.
 */
function separatedByRules(nodes: RootContent[]): boolean {
  const questions = nodes.flatMap((node, i) => (i > 0 && isQuestion(node, nodes[i + 1]) ? [i] : []));
  const ruled = questions.filter((i) => nodes[i - 1].type === 'thematicBreak').length;
  return ruled >= 2 && ruled * 2 >= questions.length;
}

// A title line: one short line that does not end like a sentence ("🔹 kubernetes (k8s)").
const TITLE = /^[^\n]{1,80}$/;
const ENDS_SENTENCE = /[.!?;:,。！？；：，]\s*$/;

/** A one-line title standing over the questions below it, outside any answer. */
function titleLine(node: RootContent, next: RootContent | undefined, after: RootContent | undefined, afterRule: boolean): node is Paragraph {
  if (node.type !== 'paragraph' || !(afterRule || (next && isQuestion(next, after)))) return false;
  // A line leading into a list or text right under it ("must-know:⏎- …") introduces that text.
  if (next && (next.position?.start.line ?? 0) <= (node.position?.end.line ?? 0) + 1) return false;
  const text = toString(node).trim();
  return TITLE.test(text) && !ENDS_SENTENCE.test(text) && !ANSWER_LABEL.test(text);
}

/**
 * A numbered bold line that names a part (`**1. Top Questions**`, nothing under it on its line, not
 * asking) right over a question labelled as such (`**Q1: …?**`): the part's title.
 */
function numberedTitle(bold: { words: PhrasingContent[]; rest: PhrasingContent[] }, next: RootContent | undefined, after: RootContent | undefined): boolean {
  if (bold.rest.length || !next || !isQuestion(next, after)) return false;
  const text = toString({ type: 'paragraph', children: bold.words });
  return !titleAsks(text) && QUESTION_LABEL.test(toString(next));
}

/**
 * `**Q:** … / **A:** …` pairs, plain `Q:` / `A:` lines, `**Q1.** …` paragraphs and numbered bold
 * lines (`**1. What is …?**`): a question's
 * answer is everything up to the next question or heading (or rule, in a bank that draws one
 * between its pairs), its `A:` label taken off. A one-line title outside the answers is a section.
 */
/** A paragraph opening with an answer's label (`A: …`, `**Answer:**`). */
const answerLabelled = (node: RootContent | undefined): boolean => node?.type === 'paragraph' && ANSWER_LABEL.test(toString(node));

export const qaLayout: Layout = {
  name: 'qa',
  count: (given) => {
    const nodes = splitAtQuestions(given);
    const unlabelled = unlabelledQuestions(nodes);
    const asked = (n: RootContent, i: number) => isQuestion(n, nodes[i + 1]) || unlabelled.has(n);
    return nodes.filter(asked).length || parenPrompts(nodes, asked).size;
  },
  read(given, _dropped, warn) {
    const nodes = splitAtQuestions(given);
    // Lines of their own over `Answer: …` paragraphs ask, though no `Q:` labels them.
    const unlabelled = unlabelledQuestions(nodes);
    // An exam sheet's bracket-numbered prompts over code (`1）…？- (5分)`), where nothing else asks (paren-prompts.ts).
    const prompts = parenPrompts(nodes, (n, i) => isQuestion(n, nodes[i + 1]) || unlabelled.has(n));
    // Questions asked by a listing alone under their label, counted to name them.
    let bare = 0;
    const ruled = separatedByRules(nodes);
    const parts: Part[] = [];
    let current: { body: RootContent[]; startNext?: boolean } | undefined;
    // Answers run under numbered bold lines: one whose stars never close opens the next question too.
    const boldBank = nodes.some((n) => boldNumbered(n));
    nodes.forEach((node, i) => {
      const unfinished = boldBank ? unfinishedBoldNumbered(node) : undefined;
      const bold = boldNumbered(node) ?? (unfinished?.words.length ? unfinished : undefined);
      const quoted = quotedAsk(node, nodes[i + 1]);
      // A list of bold questions outside the answers: each item holds its own answer.
      const items = current ? undefined : boldItemQuestions(node);
      if (items) parts.push(...items);
      else if (prompts.has(node)) {
        current = { body: [] };
        parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: promptWords(node), position: node.position }, body: current.body });
      } else if (unfinished && !bold) {
        // `**15.` with nothing after it: a question begun and never written. It ends the answer above, and is said.
        current = undefined;
        warn?.(node.position?.start.line ?? 1, 'left-out', `"${toString(node).trim()}" opens a question whose words were never written; left out — write the question after its number and close the bold, or delete the line`);
        parts.push(...(unfinished.rest.length ? [{ kind: 'content' as const, node: { type: 'paragraph' as const, children: unfinished.rest, position: node.position } }] : []));
      } else if (quoted) {
        current = { body: [] };
        parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: quoted, position: node.position }, body: current.body });
      } else if (bold && numberedTitle(bold, nodes[i + 1], nodes[i + 2])) {
        // `**1. Top Questions**` right over `**Q1: …?**`: a numbered part of the notes, not a question.
        current = undefined;
        parts.push({ kind: 'heading', node: { type: 'heading', depth: 2, children: bold.words, position: node.position } });
      } else if (bold) {
        // `**3. What is …?**` over its answer: the answer's label (`*Answer:*`) goes.
        // `**Q1. What is X? One job run over …**`: the answer ran on into the bold question, where no answer follows.
        const runOn = bold.rest.length || answerLabelled(nodes[i + 1]) ? undefined : runOnAnswerSplit({ type: 'paragraph', children: bold.words });
        const answer = runOn?.answer ?? stripLabel(bold.rest, ANSWER_LABEL);
        const heading: Heading = { type: 'heading', depth: 3, children: runOn?.question ?? bold.words, position: node.position };
        current = { body: answer.length ? [{ type: 'paragraph', children: answer, position: node.position }] : [] };
        parts.push({ kind: 'question', heading, body: current.body });
      } else if (isQuestion(node, nodes[i + 1]) || unlabelled.has(node)) {
        const stated = splitAtAnswer(stripLabel((node as Paragraph).children, QUESTION_LABEL));
        // `Q1. What is a VLAN? It splits …`: the answer run on after the question mark, where no `A:` line follows.
        const runOn = stated.answer?.length || answerLabelled(nodes[i + 1]) ? undefined : runOnAnswerSplit({ type: 'paragraph', children: stated.question });
        const split = runOn ?? stated;
        const { question, level } = levelBelow(split.question, node.position);
        const answer = split.answer;
        // `**Q: the whole question in bold**`: the bold says "question", not emphasis; and
        // `F: "…"`, the question as the interviewer says it: the quotation marks say so too.
        const said = unquoted(question.length === 1 && question[0].type === 'strong' ? question[0].children : question);
        // `**Question**` alone over the code it asks about: nothing asks in words, so the label and its count name it ("Question 2").
        const listed = !toString({ type: 'paragraph', children: said }).trim() && nodes[i + 1]?.type === 'code';
        const words: PhrasingContent[] = listed ? [{ type: 'text', value: `${labelWord(node)} ${++bare}` }] : said;
        const heading: Heading = { type: 'heading', depth: 3, children: words, position: node.position };
        current = { body: [...level, ...(answer?.length ? [{ type: 'paragraph', children: answer, position: node.position } as Paragraph] : [])] };
        parts.push({ kind: 'question', heading, body: current.body });
      } else if (node.type === 'heading') {
        current = undefined;
        parts.push({ kind: 'heading', node });
        if (taskPart(nodes, i, prompts)) {
          // A part of an exam sheet that is one task, asked by its title: the blocks under it answer it.
          current = { body: [] };
          parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: taskWords(node.children), position: node.position }, body: current.body });
        }
      } else if (ruled && node.type === 'thematicBreak') {
        // The rule between two pairs: it closes the answer and prints nothing.
        current = undefined;
      } else if (current && current.body.length === 0 && prompts.size && node.type === 'blockquote') {
        // A quote under an exam sheet's prompt (`1）第一题` over `> 需求：…`) states the task: the code under it answers, and is the card.
        current.body.push(node);
        current.startNext = true;
      } else if (current && current.body.length === 0 && quotedAnswer(node)) {
        current.body.push(...quotedAnswer(node)!);
      } else if (current && current.body.length > 0 && !current.body.some((n) => n.type !== 'code') && node.type === 'blockquote' && node.children[0]?.type === 'paragraph') {
        // A quote right under the listing asked about (`>**o/p:** [1, 0, 0]`) gives what it prints: the answer, its label gone.
        const [lead, ...more] = node.children as [Paragraph, ...RootContent[]];
        current.body.push(markCardStart({ ...lead, children: withoutBoldLabel(lead.children) }), ...more);
      } else if (current) {
        // The answer's label goes; a label alone on its line (`**A:**`) goes with its paragraph.
        // Under a question's listing (`Q: What does this print?` over a code block), the label
        // opens the answer below the listing: the card starts there.
        const listing = current.body.length > 0 && current.body.every((n) => n.type === 'code');
        // Option lines (`a) …⏎b) …`) open with a letter, not with an answer label.
        const labelled = (current.body.length === 0 || listing) && node.type === 'paragraph' && ANSWER_LABEL.test(toString(node)) && !OPTION_LINES.test(lineText(node));
        const children = labelled ? stripLabel(node.children, ANSWER_LABEL) : [];
        const kept = labelled ? (children.length ? { ...node, children } : undefined) : node;
        // A line of brackets alone under the code (`}`, its indent lost in the file) answers nothing: the code is the answer.
        const answers = kept !== undefined && (kept.type !== 'paragraph' || /[\p{L}\p{N}]/u.test(toString(kept)));
        if (kept) current.body.push((listing || current.startNext) && answers ? markCardStart(kept) : kept);
        current.startNext = listing && !kept;
      } else if (titleLine(node, nodes[i + 1], nodes[i + 2], ruled && nodes[i - 1]?.type === 'thematicBreak')) {
        parts.push({ kind: 'heading', node: { type: 'heading', depth: 2, children: node.children, position: node.position } });
      } else parts.push({ kind: 'content', node });
    });
    return askingLines(parts);
  },
};

/** The word a question's label says (`**Question:**` → "Question", `Frage:` → "Frage"). */
function labelWord(node: RootContent): string {
  return toString(node).replace(/[\s:：.*]+$/u, '').trim() || 'Question';
}

/** Phrasing without the bold label it opens with (`**o/p:**`, `**Output:**`). */
function withoutBoldLabel(children: PhrasingContent[]): PhrasingContent[] {
  const [first, next, ...rest] = children;
  if (first?.type !== 'strong' || !/[:：]\s*$/u.test(toString(first)) || toString(first).length > 20) return children;
  return next?.type === 'text' ? [{ ...next, value: next.value.replace(/^\s+/, '') }, ...rest] : next ? [next, ...rest] : [];
}
