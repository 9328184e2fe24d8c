import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Deck, Question, Section } from '../model/deck.js';
import { dataUrlImage } from '../content/image-decodes.js';
import { svgMarkup } from '../content/svg-markup.js';

// The model keeps a deck's SVG picture as the <img> of its data: URL: the exports carry it so
// (Anki's media files, CSV, Quizlet). An <img> cannot reach the page's fonts, though, and its text
// printed in the machine's serif: the printed pages place the picture's own markup instead
// (content/svg-markup.ts), so that its text prints in the bundled faces.

/** An <img> of an SVG data: URL as the model's HTML writes it: attributes in double quotes. */
const SVG_IMG = /<img\b(?=[^>]*?\ssrc="data:image\/svg\+xml[;,])(?:\s+[^\s=>"']+(?:="[^"]*")?)*\s*\/?>/gi;

/** Markup already made, by id prefix and address: a guide is rendered several times in one build. */
const made = new Map<string, string>();
const MADE_KEPT = 200;

/**
 * A function placing the SVG pictures of one page's HTML fragments as markup. Each picture's ids
 * are named after its text and its place among the page's pictures of the same text: the same on
 * every render of the deck, and a drawing placed twice on one page has ids of its own each time.
 */
export function svgPicturePlacer(): (html: string) => string {
  const placed = new Map<string, number>();
  return (html) => {
    if (!html.includes('data:image/svg+xml')) return html;
    return html.replace(SVG_IMG, (img) => {
      const node = fromHtml(img, { fragment: true }).children[0] as Element | undefined;
      const src = String(node?.properties.src ?? '');
      if (!node || !src) return img;
      const hash = createHash('sha256').update(src).digest('hex').slice(0, 8);
      const n = (placed.get(hash) ?? 0) + 1;
      placed.set(hash, n);
      const prefix = `p${hash}${n > 1 ? `-${n}` : ''}`;
      const key = `${prefix}\0${img}`;
      let markup = made.get(key);
      if (markup === undefined) {
        markup = placeAsMarkup(node, src, prefix) ?? img;
        if (made.size >= MADE_KEPT) made.clear();
        made.set(key, markup);
      }
      return markup;
    });
  };
}

/** The picture's markup, or undefined where it stays an <img> (no SVG in it, or too many <use> copies). */
function placeAsMarkup(node: Element, src: string, prefix: string): string | undefined {
  const image = dataUrlImage(src);
  if (typeof image === 'string') return undefined;
  const picture = svgMarkup(image.bytes.toString('utf8'), prefix);
  // Copies the page would expand itself: the picture prints as before, an image (content/svg-pictures.ts warns).
  if (!picture || picture.tooManyCopies) return undefined;
  const { svg } = picture;
  const alt = String(node.properties.alt ?? '').trim();
  svg.properties.role = 'img';
  if (alt) svg.properties.ariaLabel = alt;
  if (node.properties.title) svg.properties.dataTitle = String(node.properties.title);
  return toHtml(svg);
}

/** The deck with its SVG pictures placed as markup in every fragment a printed page shows; the same deck when it has none. */
export function placeSvgPictures(deck: Deck): Deck {
  const place = svgPicturePlacer();
  const question = (q: Question): Question => {
    const placed: Question = {
      ...q,
      html: place(q.html),
      ...(q.promptHtml === undefined ? {} : { promptHtml: place(q.promptHtml) }),
      answerHtml: place(q.answerHtml),
      cardHtml: place(q.cardHtml),
      ...(q.cardRoomier ? { cardRoomier: q.cardRoomier.map((c) => ({ ...c, html: place(c.html) })) } : {}),
    };
    const same =
      placed.html === q.html &&
      placed.promptHtml === q.promptHtml &&
      placed.answerHtml === q.answerHtml &&
      placed.cardHtml === q.cardHtml &&
      (placed.cardRoomier ?? []).every((c, i) => c.html === q.cardRoomier![i].html);
    return same ? q : placed;
  };
  const section = (s: Section): Section => {
    const introHtml = place(s.introHtml);
    const questions = s.questions.map(question);
    const closing = s.closing && { ...s.closing, html: place(s.closing.html) };
    const same = introHtml === s.introHtml && questions.every((q, i) => q === s.questions[i]) && closing?.html === s.closing?.html;
    return same ? s : { ...s, introHtml, questions, ...(closing ? { closing } : {}) };
  };
  const introHtml = place(deck.introHtml);
  const sections = deck.sections.map(section);
  const outro = deck.outro && { ...deck.outro, html: place(deck.outro.html) };
  const same = introHtml === deck.introHtml && sections.every((s, i) => s === deck.sections[i]) && outro?.html === deck.outro?.html;
  return same ? deck : { ...deck, introHtml, sections, ...(outro ? { outro } : {}) };
}
