import { allQuestions, type Deck } from '../model/deck.js';
import { decodeEntities, stripTags } from '../render/html-text.js';
import { formulasAsTex } from './formulas-as-tex.js';
import { deckLabels, questionLabel } from '../model/question-label.js';
import type { OutputStep } from './output.js';
import { guardFormula, QUIZLET_TEXT_GUARD } from './formula-cells.js';

/** What stands for a line break inside a card: Quizlet's import reads one card a line. */
export const LINE_BREAK = ' / ';

/**
 * quizlet.txt: one card a line, the term (question), a tab, the definition (card answer), as
 * Quizlet's import box takes them with "Between term and definition: Tab" and "Between cards:
 * New line". Plain text: each paragraph, list item or code line of a card becomes a piece
 * joined by " / ", so no card holds a tab or a line break.
 */
export const quizletOutput: OutputStep = {
  name: 'quizlet',
  async run({ deck }) {
    return [{ name: 'quizlet.txt', data: quizletText(deck) }];
  },
};

/** The import text of a deck: one `term<TAB>definition` line per question. */
export function quizletText(deck: Deck): string {
  const labels = deckLabels(deck);
  return (
    allQuestions(deck)
      // A card answer with no text (only an image) falls back to the full answer's text.
      // Opened in a spreadsheet, a term or definition that starts with = + - or @ would be a formula.
      // A follow-up names the question it follows up first (`Q20 Props? / Props drilling?`).
      .map((q) => [
        htmlLine(
          `${q.followsUp ? `<p>${questionLabel(labels, q.followsUp.number)} ${q.followsUp.html}</p>` : ''}${q.promptHtml ? `<p>${q.html}</p>${q.promptHtml}` : q.html}`,
        ),
        htmlLine(q.cardHtml) || htmlLine(q.answerHtml) || '—',
      ])
      .map(([term, definition]) => `${guardFormula(term, QUIZLET_TEXT_GUARD)}\t${guardFormula(definition, QUIZLET_TEXT_GUARD)}\n`)
      .join('')
  );
}

/** Block ends: each closes one piece of the line. */
const BLOCK_END = /<br\s*\/?>|<\/(p|li|h[1-6]|blockquote|tr|div|dt|dd|figcaption)>/gi;

/** An HTML fragment as one line of text: blocks and code lines joined by " / ", formulas as TeX, pictures as their descriptions. */
export function htmlLine(html: string): string {
  const text = formulasAsTex(html)
    // Outside <pre> a line break in the HTML is only spacing; inside, each line is a piece.
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ')))
    .join('')
    .replace(BLOCK_END, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    // A picture has no text of its own: its description stands for it, in brackets.
    .replace(/<img\b[^>]*?\salt="([^"]+)"[^>]*>/gi, (_, alt: string) => ` [${alt}] `);
  // A hyphen set to repeat at a line break (content/hyphenate.ts) is the hyphen typed; soft hyphens are print's
  // line-break hints (a card's HTML is hyphenated), and in a text export they hide inside words.
  return decodeEntities(stripTags(text))
    .replace(/\u00ad?\u2011/g, '-')
    .replace(/\u00AD/g, '')
    .split('\n')
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(LINE_BREAK);
}
