import { MARKER, QUALIFIER } from './layouts/labels.js';
import type { Paragraph, PhrasingContent, RootContent, Strong } from 'mdast';
import { inlineText, maskedText } from './card-inline.js';

// Labelled paragraphs and pictures in an answer: what a derived card passes over or reads as a list.
// Labels of an aside, not of the answer: "**Example:**", "**Note:**", "**Tip:**", "**See also:**".

const ASIDE = /^(?:examples?|e\.g\.|for example|note|important|remember|nb|n\.b\.|tip|hint|warning|caution|see also|references?|sources?|bonus|fun fact|follow[- ]up|further reading|nota|importante|atenção|dica|remarque|rappel|hinweis|wichtig|achtung|tipp|примечание|важно|внимание|заметка|重要|备注|示例|例如|例子|注意|提示|注|例|メモ|ヒント|참고|주의|중요)\s*[:：]?$/iu;

// An aside's label typed as plain text or in italics ("Note: …", "*Tip: …*", "⚠️ Heads up: …", "Important: …",
// "Wichtig: …", "Важно: …"): the words a note says of itself, not "Example:", which may open the answer proper.
const PLAIN_ASIDE = new RegExp(
  `^\\s*${MARKER}(?:note|side note|nb|n\\.b\\.|tip|hint|warning|caution|heads[- ]up|fyi|important|remember|nota|importante|atenção|dica|remarque|rappel|hinweis|wichtig|achtung|tipp|примечание|важно|внимание|заметка|注意|提示|重要|备注|メモ|ヒント|참고|주의|중요)\\s*[:：]`,
  'iu',
);

/** A paragraph that starts with an aside's label: "**Example:** …", "**Note**: …", "Note: …", "*Tip: …*". */
export function isAside(n: RootContent): boolean {
  if (isLabelled(n)) return ASIDE.test(inlineText(((n as Paragraph).children[0] as Strong).children).trim());
  if (n.type !== 'paragraph') return false;
  const [first] = n.children;
  return (first?.type === 'text' || first?.type === 'emphasis') && PLAIN_ASIDE.test(inlineText([first]));
}

/** A quote under a question that is a note ("> Note: covered again later", "> **Tip**: …"): an aside of the answer, no card. */
export const isAsideQuote = (n: RootContent | undefined): boolean => n?.type === 'blockquote' && n.children.length > 0 && isAside(n.children[0]);

/**
 * Where a bold label ("**Note:**") starts inside a paragraph, after a finished sentence or a line
 * break, as an offset into its masked text; undefined when there is none.
 */
export function labelStart(children: PhrasingContent[]): number | undefined {
  for (let k = 1; k < children.length; k++) {
    const child = children[k];
    if (child.type !== 'strong') continue;
    const label = inlineText(child.children).trim();
    const after = children[k + 1]?.type === 'text' ? (children[k + 1] as { value: string }).value : '';
    if (label.length > 40 || !(/[:：]$/.test(label) || /^\s*[:：]/.test(after))) continue;
    const before = inlineText(children.slice(0, k));
    if (!/(?:[.!?。！？]["'”’)]*|\n)\s*$/.test(before) && children[k - 1].type !== 'break') continue;
    const at = maskedText(children.slice(0, k)).length;
    if (at > 0) return at;
  }
  return undefined;
}

/** A paragraph that starts with a bold label: "**Vertical:** …" or "**Vertical**: …". */
export function isLabelled(n: RootContent | undefined): boolean {
  // An empty list item (`* ` on a line of its own) holds no block at all.
  if (n?.type !== 'paragraph' || n.children[0]?.type !== 'strong') return false;
  const label = inlineText(n.children[0].children).trim();
  const after = n.children[1]?.type === 'text' ? n.children[1].value : '';
  return label.length <= 40 && (label.endsWith(':') || /^\s*[:—–-]/.test(after));
}

// The label of an answer's short version, beside a longer one: "**A (Short):**", "**Short answer:**", "**TL;DR:**".
const SHORT_VERSION =
  /^(?:(?:a|ans|answer)\s*\(\s*(?:short|brief|simple|quick|concise|one[- ]?liner|in short|tl;?\s?dr)\s*\)|(?:short|brief|simple|quick|concise|one[- ]line|one[- ]liner)\s+(?:answer|version)|tl;?\s?dr|in short|in brief|in a nutshell)\s*[:：]?$/i;

/** The words after a paragraph's opening bold label, when the label matches `names`; undefined otherwise. */
function afterLabel(n: RootContent, names: RegExp): PhrasingContent[] | undefined {
  if (!isLabelled(n) || isLabelOnly(n)) return undefined;
  const [label, ...rest] = (n as Paragraph).children as [Strong, ...PhrasingContent[]];
  if (!names.test(inlineText(label.children).trim())) return undefined;
  const [first, ...more] = rest;
  return first?.type === 'text' ? [{ ...first, value: first.value.replace(/^\s*[:：—–-]?\s*/, '') }, ...more] : rest;
}

/**
 * The words of an answer's short version, its label taken off: a paragraph (or a list item's
 * first paragraph) that opens with such a label and goes on after it.
 */
export const shortVersion = (n: RootContent): PhrasingContent[] | undefined => afterLabel(n, SHORT_VERSION);

// A label that only says "here is the answer": "**Strategy:**", "**Explanation:**", "**Summary:**".
// A bracketed note naming a short version ("Answer (short):") is SHORT_VERSION's, not this.
const ANSWER_NAME = new RegExp(
  `^(?:(?:model|sample|interview|spoken|ideal|suggested|expected)\\s+)?(?:answer|solution|explanation|strategy|approach|summary|overview|definition|description|key (?:idea|point)|main idea|response)(?:\\s*(?![(（]\\s*(?:short|brief|simple|quick|concise|one|in short|tl))${QUALIFIER})?\\s*[:：]?$`,
  'iu',
);

/** A paragraph without an opening label that only names the answer; undefined when it has none. */
export function withoutAnswerName(n: RootContent): Paragraph | undefined {
  const words = afterLabel(n, ANSWER_NAME);
  return words && { ...(n as Paragraph), children: words };
}

// "What: Docker is …" — a field label typed as plain text, in banks that answer in What/Why/How
// fields; also after a symbol and with what it says of itself in brackets ("✅ Answer (English):").
const PLAIN_NAME = new RegExp(`^\\s*${MARKER}(?:what|definition|answer|ans)\\s*(?:${QUALIFIER}\\s*)?:\\s+(?=\\S)`, 'iu');

/** A paragraph without an opening plain `What:` or `Answer:` label; undefined when it has none. */
export function withoutPlainName(n: RootContent): Paragraph | undefined {
  if (n.type !== 'paragraph' || n.children[0]?.type !== 'text' || !PLAIN_NAME.test(n.children[0].value)) return undefined;
  const [first, ...rest] = n.children;
  return { ...n, children: [{ ...first, value: first.value.replace(PLAIN_NAME, '') }, ...rest] };
}

/** A label with nothing after it on its paragraph (`**Responsibilities:**`): what it labels follows below. */
export const isLabelOnly = (n: RootContent): boolean =>
  isLabelled(n) && n.type === 'paragraph' && !inlineText(n.children.slice(1)).replace(/^\s*[:—–-]?/, '').trim();

/** A paragraph of images only: its alt text is no answer. */
export const isPicture = (n: RootContent): boolean =>
  n.type === 'paragraph' && n.children.every((c) => c.type === 'image' || c.type === 'imageReference' || c.type === 'break' || (c.type === 'text' && !c.value.trim()));
