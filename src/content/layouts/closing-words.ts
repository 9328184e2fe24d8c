import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { navigationKind } from './navigation.js';
import { withoutRulesAround } from './rule-lines.js';
import { CHAT_CLOSING } from './chat-lines.js';
import type { Part } from './types.js';

// A blog's list of questions often ends with the author's last words under no heading of their
// own (`Ich glaube, das Prinzip wird klar: …`), or a link to more (`BONUS: https://…`) and a
// heading that is only a remark (`# Also check out the other lists in this repository.`). They
// are the page's closing text, not text between questions.

/** Data on the `##` heading assemble makes over such words: parse-deck titles it in the deck's language. */
interface ClosingWords {
  closingWords?: boolean;
}

/** True when a heading was made over a bank's untitled closing words. */
export const titlesClosingWords = (heading: Heading): boolean => !!(heading.data as ClosingWords | undefined)?.closingWords;

/** A heading that is a remark, not a title: a sentence ending in its full stop or exclamation mark. */
export const remarkHeading = (heading: Heading): boolean => /\p{L}.*\s\S.*[.!。！]$/u.test(toString(heading).trim());

/**
 * The paragraphs after a bank's last question that are its closing words: everything after that
 * question is prose paragraphs (links to the bank's other pages may stand among them), perhaps
 * ending in a remark set as a heading; one paragraph at least. Empty where anything else follows
 * (a list, code, a heading naming something): those keep their own reading.
 */
export function closingWords(parts: Part[]): Set<RootContent> {
  let last = parts.length - 1;
  while (last >= 0 && parts[last].kind !== 'question') last--;
  if (last < 0) return new Set();
  const after = parts.slice(last + 1);
  const ending = after[after.length - 1];
  const body = ending?.kind === 'heading' && remarkHeading(ending.node) ? after.slice(0, -1) : after;
  const prose = body.every((p) => p.kind === 'content' && (p.node.type === 'paragraph' || p.node.type === 'thematicBreak' || navigationKind(p.node)));
  const words = body.flatMap((p) => (p.kind === 'content' && p.node.type === 'paragraph' && !navigationKind(p.node) ? [p.node] : []));
  return prose && words.length && words.every((w) => sentences(w) || extraLink(w)) ? new Set(words) : new Set();
}

/**
 * A paragraph of sentences: it ends in a full stop or an exclamation mark (a line of topics does not; one that asks is a question unread),
 * or a wish closed by its emoji instead (`**Удачи на собеседованиях 🚀**`, `Good luck! 🍀`).
 */
const sentences = (node: RootContent): boolean => /\p{L}[^]*[.!。！…]["”’)）]?$/u.test(toString(node).trim()) || WISH.test(toString(node).trim());

/** Words closed by an emoji or a few, perhaps after their full stop or exclamation mark. */
const WISH = /\p{L}[^]*\p{L}[.!。！]?\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\s]*$/u;

/** The heading over the closing words, to be titled in the deck's language. */
export const closingHeading = (first: RootContent): Heading => ({
  type: 'heading',
  depth: 2,
  children: [{ type: 'text', value: 'Closing notes' }],
  position: first.position,
  data: { closingWords: true } as Heading['data'],
});

/** A remark set as a heading, printed as the paragraph it is. */
export const remarkParagraph = (heading: Heading): Paragraph => ({ type: 'paragraph', children: heading.children, position: heading.position });

// Words that offer more after a list (`BONUS:`, `P.S.`, `See also:`), never an answer's label.
const EXTRA = /^\s*(?:bonus|p\.\s?s\.?|see also|also see|more questions|check out)\s*[:：]?\s*$/i;

/** A line that only offers a link to more (`BONUS: https://…`, `See also: [a list](…)`): a closing remark. */
export function extraLink(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const [label, ...rest] = node.children;
  const links = rest.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return label?.type === 'text' && EXTRA.test(label.value) && links.length === 1 && links[0].type === 'link';
}

/**
 * A bank's closing note set off by a rule under its last question (`---` over `**Time allocation:**`
 * and a list), where its answers hold no rule of their own: the note is the page's, not that
 * question's answer. The last question, and where in its body the note starts; undefined where
 * the rule parts an answer (its bank draws rules inside answers, or code or a heading follows it).
 */
export function ruledClosing(parts: Part[]): { question: Part & { kind: 'question' }; from: number } | undefined {
  const last = parts[parts.length - 1];
  if (last?.kind !== 'question') return undefined;
  const body = withoutRulesAround(last.body);
  let rule = body.length - 1;
  while (rule > 0 && body[rule].type !== 'thematicBreak') rule--;
  if (rule <= 0) return undefined;
  const note = body.slice(rule + 1);
  if (note.length > 3 || !note.every((n) => n.type === 'paragraph' || n.type === 'list')) return undefined;
  // Links to the chapters before and after (`**导航**⏎[上一章](…) | …`) are the site's navigation, left out as such.
  if (note.some((n) => navigationKind(n))) return undefined;
  // A chat reply's closing line (`Let me know if…`) is no part of the bank: assemble leaves it out.
  if (note.some((n) => n.type === 'paragraph' && CHAT_CLOSING.test(toString(n).trim()))) return undefined;
  // A bank drawing a rule inside its answers (`Q⏎---⏎answer`) parts answers with it, this one's too.
  const ruledAnswers = parts.some((p) => p !== last && p.kind === 'question' && withoutRulesAround(p.body).some((n) => n.type === 'thematicBreak'));
  if (ruledAnswers) return undefined;
  return { question: last, from: last.body.indexOf(body[rule]) + 1 };
}
