import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { phrasingLines } from '../phrasing-lines.js';
import { ASKS } from './list-items.js';
import { markAskedWith } from './asked-with.js';

// Notes kept after interviews list what was asked one a paragraph, none answered: lines that ask
// (`Java의 장점은 무엇인가요?`) among lines that name a topic to explain with no mark at all
// (`bean scope 종류`, "the kinds of bean scope"; `JPA와 MyBatis의 차이`), a follow-up under one on a
// line of its own led by an arrow (`MVC 구동 과정⏎-> filter와 interceptor의 차이`). Read as question
// lines, each topic was taken for the answer of the question above it.

/** A follow-up's arrow at the start of its line. */
const ARROW = /^\s*(?:->|=>|→|⇒|➜|➔|└|ㄴ)\s*/u;
/** A line ending so is a sentence of an answer or an intro, not a topic. */
const SENTENCE_END = /[.!;:,。！；：，]\s*$/u;
/** A topic is a short line: longer ones are prose. */
const TOPIC_MAX = 100;
/** A line that asks may be longer (a scenario told before its question). */
const ASKING_MAX = 300;

/** A paragraph read as an open prompt: the line asked, and its follow-ups printed with it. */
export interface TopicPrompt {
  asked: PhrasingContent[];
  with?: Paragraph;
}

const textOf = (line: PhrasingContent[]): string => toString({ type: 'paragraph', children: line }).trim();

/** The paragraph's prompt when it has that shape: one line that asks or names a topic, then arrow lines only. */
function promptOf(node: RootContent): (TopicPrompt & { asks: boolean }) | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = phrasingLines(node.children).filter((l) => textOf(l));
  const first = lines[0] ? textOf(lines[0]) : '';
  if (!first || ARROW.test(first) || !lines.slice(1).every((l) => ARROW.test(textOf(l)))) return undefined;
  const asks = ASKS.test(first);
  if (asks ? first.length > ASKING_MAX : first.length > TOPIC_MAX || SENTENCE_END.test(first) || first.split(/\s+/).length < 2) return undefined;
  const rest = lines.slice(1);
  if (!rest.length) return { asked: lines[0], asks };
  const line = node.position?.start.line ?? 1;
  const children = rest.flatMap((l, k) => (k ? [{ type: 'break' } as PhrasingContent, ...l] : l));
  return { asked: lines[0], asks, with: { type: 'paragraph', children, position: { start: { line: line + 1, column: 1 }, end: { line: line + rest.length, column: 1 } } } };
}

/** Three prompts in a row that ask: the run marks the part as open questions, not questions over answers. */
const OPEN_RUN = 3;

/**
 * The paragraphs, by index, that are prompts of a part written so: between two headings (or
 * rules) every block is such a paragraph, four at least, three in a row asking, and no line reads
 * as a sentence. Elsewhere none: a short line under a question there is its answer.
 */
export function topicPrompts(nodes: RootContent[]): Map<number, TopicPrompt> {
  const found = new Map<number, TopicPrompt>();
  let start = 0;
  for (let i = 0; i <= nodes.length; i++) {
    if (i < nodes.length && nodes[i].type !== 'heading' && nodes[i].type !== 'thematicBreak') continue;
    const prompts = nodes.slice(start, i).map(promptOf);
    if (prompts.length >= OPEN_RUN + 1 && prompts.every(Boolean) && prompts.some((_, k) => prompts.slice(k, k + OPEN_RUN).filter((p) => p?.asks).length === OPEN_RUN)) {
      prompts.forEach((p, k) => p && found.set(start + k, p.with ? { asked: p.asked, with: p.with } : { asked: p.asked }));
    }
    start = i + 1;
  }
  return found;
}

/** The prompt's question heading: marked to print its follow-ups with it, open, when it has any. */
export function promptHeading(prompt: TopicPrompt, line: number): Heading {
  const heading: Heading = { type: 'heading', depth: 3, children: prompt.asked, position: { start: { line, column: 1 }, end: { line, column: 1 } } };
  return prompt.with ? markAskedWith(heading) : heading;
}
