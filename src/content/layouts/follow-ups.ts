import { toString } from 'mdast-util-to-string';
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { stripLabel } from './strip-label.js';
import { cutLines } from '../phrasing-lines.js';
import type { Part } from './types.js';
import { BIDS } from './list-items.js';

// What a bank adds after a question, labelled as such (`Follow-up: What fills …?`, `Bonus: …`,
// `Hint: think of …`): part of the question before, not one of its own.
// Other languages' labels for it: German, Spanish, French, Italian, Portuguese, Polish, Russian, Chinese, Japanese, Korean
// (`꼬리질문1:`, a "tail question", numbered as Korean banks number them).
const FOLLOW_UP = /^\s*(follow[- ]?ups?(?: questions?| q\d*)?|cross[- ]?questions?|bonus(?: questions?)?|hint|extra(?: credit)?|stretch(?: goal)?|nachfragen?|folgefrage|zusatzfrage|pregunta extra|pregunta cruzada|pregunta de seguimiento|repregunta|pista|question de suivi|question complémentaire|domanda di approfondimento|domanda aggiuntiva|pergunta de acompanhamento|pergunta extra|pytanie dodatkowe|pytanie uzupełniające|дополнительный вопрос|уточняющий вопрос|追问|追加質問|후속 질문|꼬리 ?질문)(?:[ \t]*\d+)?\s*[:：]\s*/iu;

/** True when words open with a follow-up's label (`Follow-up 1: …`, `꼬리질문2: …`). */
export const namesFollowUp = (words: string): boolean => FOLLOW_UP.test(words);

/** The label a question's words open with when they follow up the question before (`Follow-up:`), as written, less a `Q` (`Follow-up Q2:` → `Follow-up`). */
function followUpLabel(heading: Heading): string | undefined {
  return FOLLOW_UP.exec(toString(heading))?.[1].replace(/\s+q\d*$/i, '');
}

/** The paragraph a follow-up prints as under the question it follows: its label in bold, then its words. */
function labelled(heading: Heading, label: string): Paragraph {
  const words = stripLabel(heading.children, FOLLOW_UP);
  return { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${label}:` }] }, { type: 'text', value: ' ' }, ...words], position: heading.position };
}

/**
 * Questions that only follow up the one before (`- Follow-up: What fills …?`, `- Bonus: …`,
 * `- Hint: …`, as SQL banks add them) joined to it: printed at the end of its answer with their
 * label, their own answer under them. Read as questions of their own, each was a card asking
 * "Bonus: …" or "Hint: …". One with no question before it stays as it is.
 */
export function joinFollowUps(parts: Part[]): Part[] {
  const out: Part[] = [];
  let last: Extract<Part, { kind: 'question' }> | undefined;
  for (const part of parts) {
    const label = part.kind === 'question' ? followUpLabel(part.heading) : undefined;
    if (part.kind === 'question' && label && last) {
      last.body.push(labelled(part.heading, label), ...part.body);
      continue;
    }
    if (part.kind === 'question') {
      last = { ...part, body: [...part.body] };
      out.push(last);
    } else {
      if (part.kind === 'heading') last = undefined;
      out.push(part);
    }
  }
  return out;
}

/**
 * A follow-up asked under a question's answer as a heading of its own (`### Follow-up Q: Who
 * empties it?`, `#### Bonus: …`), or as a bold line asking it (`**Cross-question: Why not a queue?**`,
 * run into the answer's lines or a paragraph of its own): it stays in that answer, as in the interview
 * it is asked after it, and prints as a labelled sub-heading: the label set apart (`Follow-up`), then its words.
 */
export function labelFollowUpHeadings(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'paragraph') return askedLines(node);
    const label = node.type === 'heading' ? followUpLabel(node) : undefined;
    if (node.type !== 'heading' || !label) return [node];
    return [followUpHeading(node, label, stripLabel(node.children, FOLLOW_UP))];
  });
}

/** A heading (`node`'s depth and place) set as a follow-up: its label apart, then `words`. */
function followUpHeading(node: Heading, label: string, words: PhrasingContent[]): Heading {
  const tag: PhrasingContent = { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['follow-up-label'] } }, children: [{ type: 'text', value: label }] };
  return { ...node, data: { ...node.data, hProperties: { ...node.data?.hProperties, className: ['follow-up'] } }, children: [tag, { type: 'text', value: ' ' }, ...words] };
}

/**
 * A paragraph with its bold lines that ask a follow-up (`**Follow-up: …?**`, wholly bold, asking)
 * parted from its other lines, each such line a follow-up heading: printed as a bold line, it ran
 * on into the answer's words.
 */
function askedLines(paragraph: Paragraph): RootContent[] {
  const { lines, ends } = cutLines(paragraph.children);
  const asked = lines.map((line) => {
    const words = line.filter((c) => !(c.type === 'text' && !c.value.trim()));
    const bold = words.length === 1 && words[0].type === 'strong' ? words[0] : undefined;
    const said = bold ? toString(bold) : '';
    // Asking, or bidding as Korean banks do (`**꼬리질문1: 클래스 로더의 동작방식을 설명해주세요.**`).
    return bold && BIDS.test(said) ? FOLLOW_UP.exec(said)?.[1] : undefined;
  });
  if (!asked.some(Boolean)) return [paragraph];
  const out: RootContent[] = [];
  let run: { line: PhrasingContent[]; at: number }[] = [];
  // The lines joined again by what ended them: a hard break stays one.
  const flush = () => {
    if (run.length) out.push({ ...paragraph, children: run.flatMap(({ line, at }, k) => (k ? [ends[at - 1] ?? { type: 'text' as const, value: '\n' }, ...line] : line)) });
    run = [];
  };
  lines.forEach((line, k) => {
    const label = asked[k];
    if (!label) return void run.push({ line, at: k });
    flush();
    const bold = line.find((c) => c.type === 'strong')!;
    out.push(followUpHeading({ type: 'heading', depth: 4, children: [], position: paragraph.position }, label.replace(/\s+q\d*$/i, ''), stripLabel(bold.children, FOLLOW_UP)));
  });
  flush();
  return out;
}

/** A question heading marked as following up the question before it that follows up none (parse-deck.ts gives it that question). */
export const markFollowUp = (heading: Heading): Heading => ({ ...heading, data: { ...heading.data, followsUp: true } as Heading['data'] });

/** True when the heading was marked so. */
export const followsUp = (heading: Heading): boolean => !!(heading.data as { followsUp?: boolean } | undefined)?.followsUp;

/** A paragraph that follows a question up (`**Hint:** …`): it answers nothing, so a body of only these leaves the question open. */
export const followUpAside = (node: RootContent): boolean => node.type === 'paragraph' && node.children[0]?.type === 'strong' && FOLLOW_UP.test(toString(node));

/** A label of follow-ups standing alone (`**Follow-up Questions:**`) over the list of them. */
export const followUpLabelLine = (node: RootContent | undefined): boolean => !!node && followUpAside(node) && !toString(node).replace(FOLLOW_UP, '').trim();
