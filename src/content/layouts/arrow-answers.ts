import type { List, Paragraph, PhrasingContent, Text } from 'mdast';
import { ANSWER_WORD } from './labels.js';
import { PROMPT_START } from './list-items.js';
import { ASKS_WITH_ASIDE } from './bold-asides.js';
import { labelledAnswerSplit } from './labelled-answer.js';

// `1. What is a byte? → Eight bits.`: a question and its short answer on one line, an arrow between.
const ARROW = /\s+(?:→|⇒|⟶|->|=>)\s+/g;

/** An item's line cut at its arrow: at the first one after a question mark, else the first one. */
export function arrowSplit(p: Paragraph): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const cuts: { child: number; at: number; end: number; asks: boolean }[] = [];
  p.children.forEach((child, i) => {
    if (child.type !== 'text') return;
    for (const m of child.value.matchAll(ARROW))
      cuts.push({ child: i, at: m.index, end: m.index + m[0].length, asks: /[?？]\s*$/.test(child.value.slice(0, m.index)) });
  });
  const cut = cuts.find((c) => c.asks) ?? cuts[0];
  if (!cut) return labelSplit(p);
  const text = p.children[cut.child] as Text;
  const before = text.value.slice(0, cut.at);
  const after = text.value.slice(cut.end);
  const question = [...p.children.slice(0, cut.child), ...(before ? [{ ...text, value: before }] : [])];
  const answer = [...(after ? [{ ...text, value: after }] : []), ...p.children.slice(cut.child + 1)];
  return question.length && answer.length ? { question, answer } : undefined;
}

// `What is DNS? **Answer:** The system…` or `What is DNS? – The system…`: the answer after a label or a dash, on the question's line.
const DASH_AFTER_QUESTION = /[?？]\s+[–—-]\s+/;

/** An item's line cut at a bold answer label (`**Answer:**`) or at a dash right after its question mark. */
function labelSplit(p: Paragraph): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const at = p.children.findIndex((c, i) => i > 0 && c.type === 'strong' && ANSWER_WORD.test(c.children.map((k) => (k.type === 'text' ? k.value : '')).join('')));
  if (at > 0) {
    const question = trimEnd(p.children.slice(0, at));
    const [first, ...rest] = p.children.slice(at + 1);
    const answer = first?.type === 'text' ? [{ ...first, value: first.value.replace(/^\s*[:：]?\s*/, '') }, ...rest].filter((c) => c.type !== 'text' || c.value) : [first, ...rest].filter(Boolean);
    return question.length && answer.length ? { question, answer } : undefined;
  }
  // `What is DNS? — Ans: The system…`: the label after the dash goes with it.
  const labelled = labelledAnswerSplit(p);
  if (labelled) return labelled;
  for (const [i, child] of p.children.entries()) {
    const m = child.type === 'text' ? DASH_AFTER_QUESTION.exec(child.value) : null;
    if (!m || child.type !== 'text') continue;
    const question = [...p.children.slice(0, i), { ...child, value: child.value.slice(0, m.index + 1) }];
    const after = child.value.slice(m.index + m[0].length);
    const answer = [...(after ? [{ ...child, value: after }] : []), ...p.children.slice(i + 1)];
    return answer.length ? { question, answer } : undefined;
  }
  return boldDashSplit(p) ?? boldRunOnSplit(p);
}

/**
 * `**What is DNS?** – The system…`: the question in bold, a dash opening the text after it. Among
 * items written so, one that bids rather than asks (`**Tell me about yourself** - …`) is cut the same
 * way (`asking` false).
 */
export function boldDashSplit(p: Paragraph, asking = true): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const [bold, next, ...rest] = p.children;
  if (bold?.type !== 'strong' || next?.type !== 'text' || !/^\s*[–—-]\s+/.test(next.value)) return undefined;
  if (asking && !ASKS_WITH_ASIDE.test(bold.children.map((k) => (k.type === 'text' ? k.value : '')).join(''))) return undefined;
  // The answer may open with code (`– \`ss -ltnp\``): the dash's text is then only the dash.
  const after = next.value.replace(/^\s*[–—-]\s+/, '');
  const answer = after ? [{ ...next, value: after }, ...rest] : rest;
  return answer.length ? { question: bold.children, answer } : undefined;
}

/**
 * `**What is DNS?**⏎The system…`: a paragraph whose first line is a question in bold, alone
 * (an aside in brackets may close it), its answer on the lines under it. A scenario set in bold
 * (`**Scenario 1: the disk is full.**`) is cut the same way where the caller knows it asks (`asking` false).
 */
export function boldLineSplit(p: Paragraph, asking = true): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const [bold, next, ...rest] = p.children;
  if (bold?.type !== 'strong' || (asking && !ASKS_WITH_ASIDE.test(bold.children.map((k) => (k.type === 'text' ? k.value : '')).join('')))) return undefined;
  if (next?.type === 'break') return rest.length ? { question: bold.children, answer: rest } : undefined;
  if (next?.type !== 'text' || !/^[ \t]*\n/.test(next.value)) return undefined;
  const after = next.value.replace(/^[ \t]*\n\s*/, '');
  const answer = after ? [{ ...next, value: after }, ...rest] : rest;
  return answer.length ? { question: bold.children, answer } : undefined;
}

/**
 * `**What is DNS?** The system…`: the question in bold, its answer run on after it (on the same
 * line or the next) with no dash between. Among items written so, one that bids in bold
 * (`**Name two ways …**`) is cut the same way (`asking` false); a bold label (`**Note:**`) is not.
 */
export function boldRunOnSplit(p: Paragraph, asking = true): { question: PhrasingContent[]; answer: PhrasingContent[] } | undefined {
  const [bold, next, ...rest] = p.children;
  if (bold?.type !== 'strong' || next?.type !== 'text' || !/^\s/.test(next.value)) return undefined;
  const asked = bold.children.map((k) => (k.type === 'text' ? k.value : '')).join('').trim();
  if (asking ? !ASKS_WITH_ASIDE.test(asked) : !asked || /[:：]$/.test(asked)) return undefined;
  const after = next.value.replace(/^\s+/, '');
  const answer = after ? [{ ...next, value: after }, ...rest] : rest;
  // A remark in brackets after the question (`(Most know this one.)`, `(Everyone should know it).`) is a note to the asker, not its answer;
  // a question after it (`**What is encapsulation?** Why does it matter?`) follows it up.
  const said = answer.map((k) => (k.type === 'text' || k.type === 'inlineCode' ? k.value : '·')).join('').trim();
  return answer.length && !aside(said) ? { question: bold.children, answer } : undefined;
}

/** What may follow a bold question on its line without answering it: a remark in brackets, or a follow-up question. */
const aside = (said: string): boolean => /^\(.*\)[.!]?$/s.test(said) || followUp(said);

/** `**What is X?** (Everyone knows it).`, `**What is X?** Why does it matter?`: a bold question with an aside run on after it. */
function boldAside(p: Paragraph): boolean {
  const [bold, next, ...rest] = p.children;
  if (bold?.type !== 'strong' || next?.type !== 'text' || !ASKS_WITH_ASIDE.test(bold.children.map((k) => (k.type === 'text' ? k.value : '')).join(''))) return false;
  return aside([next, ...rest].map((k) => (k.type === 'text' || k.type === 'inlineCode' ? k.value : '·')).join('').trim());
}

/**
 * One short question (`Why does it matter?`) or bid (`Name two causes.`), asked after a bold one:
 * a follow-up, not an answer.
 */
const followUp = (text: string): boolean => text.length <= 120 && !/[.!?。！？]\s/.test(text) && (/[?？]$/.test(text) || PROMPT_START.test(text));

/** Phrasing without the spaces it ends with. */
function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return children;
  const value = last.value.replace(/\s+$/, '');
  return value ? [...children.slice(0, -1), { ...last, value }] : children.slice(0, -1);
}

/**
 * A list whose items mostly give their answer after an arrow on the same line (or after a bold
 * question; those whose bold question is followed by an aside instead are written the same way).
 */
export const arrowList = (list: List): boolean =>
  list.children.filter((item) => item.children[0]?.type === 'paragraph' && (arrowSplit(item.children[0]) || boldAside(item.children[0]))).length * 2 > list.children.length;
