import type { RootContent } from 'mdast';
import { hasCardStart, markCardStart } from './card-start.js';

// A question that points at a listing (`What does this code print?`, `What is logged here?`,
// `¿Es válida esta expresión?`): a word pointing at something shown, and a word for code or what it gives.
const POINTING =
  /(?:\b(?:this|these|following|below|above|given|here)\b|\b(?:est[ae]|siguiente)\b|\b(?:ce|cette|suivant)\b|\b(?:diese[rsmn]?|folgende[rsmn]?)\b|(?:^|\s)(?:этот|эта|это|следующ\p{L}*)(?=\s|$)|这段|以下|下面|下列)/iu;
const CODE_WORDS =
  /(?:\b(?:code|snippet|program|script|query|function|statement|expression|listing|prints?|printed|outputs?|logs?|logged|returns?|result|evaluates?)\b|\b(?:código|expresión|consulta|imprime|salida|programme|affiche|programm|ausgabe|gibt)\b|(?:^|\s)(?:код\p{L}*|выв\p{L}*)(?=[\s?]|$)|代码|输出|打印)/iu;

/** True when a question asks about a listing shown under it, not for one. */
export const asksAboutListing = (question: string): boolean => POINTING.test(question) && CODE_WORDS.test(question);

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
