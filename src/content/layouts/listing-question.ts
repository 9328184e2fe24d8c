import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { hasCardStart, markCardStart } from './card-start.js';

// A question that points at a listing (`What does this code print?`, `What is logged here?`,
// `¿Es válida esta expresión?`, `… câu lệnh sau:`): a word pointing at something shown.
const POINTING =
  /(?:\b(?:this|these|following|below|above|given|here)\b|\b(?:est[ae]|siguiente)\b|\b(?:ce|cette|suivant)\b|\b(?:diese[rsmn]?|folgende[rsmn]?)\b|(?:^|\s)(?:этот|эта|это|следующ\p{L}*|цей|ця|ці|наступн\p{L}*)(?=[\s,]|$)|这段|以下|下面|下列|(?:^|\s)(?:này|dưới đây)(?=[\s,.:?]|$)|(?:^|\s)sau(?:\s+đây)?(?=\s*[:：?？.]?\s*$))/iu;
// …or a word for what code gives when it runs (`What is the output?`, `¿Qué imprime?`, `Kết quả … là gì?`).
const OUTPUT_WORDS = /(?:\b(?:prints?|printed|outputs?|logs|logged)\b|\b(?:imprime|salida|affiche|ausgabe)\b|(?:^|\s)(?:выв|вив)\p{L}*(?=[\s?,]|$)|输出|打印|(?:^|\s)(?:in ra|kết quả)(?=[\s?,:]|$))/iu;

/** True when a question points at a listing shown under it (`… this code …`, `¿Es válida esta otra?`) or asks what it prints, not for one. */
export const asksAboutListing = (question: string): boolean => POINTING.test(question) || OUTPUT_WORDS.test(question);

/**
 * A foreign question asking about the code block right under it, its answer below the block
 * (`### What does this code print?` over the listing, then "`object`: …"): the block is the
 * question's, printed with it and on the card's front, and the answer starts after it. Read as
 * the answer, the card repeated the listing before saying what it prints.
 */
export function markListing(question: string, body: RootContent[]): RootContent[] {
  const at = body.findIndex((node, i) => i > 0 && node.type !== 'thematicBreak' && node.type !== 'html');
  if (body[0]?.type !== 'code' || at < 0 || hasCardStart(body) || !asksAboutListing(question)) return body;
  return body.map((node, i) => (i === at ? markCardStart(node) : node));
}

// A listing's own label over it when a question shows several (`_а)_`, `**b)**`, `(ii)`).
const PART_LABEL = /^\(?[\p{L}\d]{1,3}[).:]$/u;

/** A code block, or the label of one (`_а)_` over it). */
const listingPart = (node: RootContent): boolean => node.type === 'code' || (node.type === 'paragraph' && PART_LABEL.test(toString(node).trim()));

/**
 * A foreign question pointing at the code blocks that are all it holds (`What could go wrong in this
 * small program?` over the program; `Explain what this code prints.` over `a)` and `b)`, each a listing):
 * the listings are what it asks about, and the question is open.
 */
export const listingOnly = (question: string, body: RootContent[]): boolean => {
  const content = body.filter((node) => node.type !== 'thematicBreak' && node.type !== 'html');
  return content.some((node) => node.type === 'code') && content.every(listingPart) && asksAboutListing(question);
};

/** Whether the nodes from `at` on open with listings (a code block, or a part's label over one): what a question pointing at them shows. */
export const listingsAt = (nodes: RootContent[], at: number): boolean => {
  const first = nodes[at];
  return !!first && listingPart(first) && (first.type === 'code' || nodes[at + 1]?.type === 'code');
};
