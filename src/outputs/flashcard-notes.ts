import type { Deck, Question } from '../model/deck.js';
import { escapeHtml } from '../content/text.js';
import { directionOf } from '../model/labels.js';
import { deckLabels, pageRef, questionLabel } from '../model/question-label.js';
import type { PageMap } from '../render/view.js';
import { formulasAsTex } from './formulas-as-tex.js';

/** Name of the note type anki.txt and anki.apkg fill (anki-package.ts defines it). */
export const NOTE_TYPE = 'studyguide';
/** The note type's fields, in order: the first is what Anki shows in its browser and checks for duplicates. */
export const NOTE_FIELDS = ['Question', 'Card answer', 'Full answer', 'Level', 'Source'] as const;

/** One question as a flashcard note, the same in anki.txt and anki.apkg. */
export interface FlashcardNote {
  question: Question;
  guid: string;
  /** `Deck::Section`: each section a sub-deck of the deck. */
  deck: string;
  /** HTML fields in NOTE_FIELDS order; formulas as TeX, which Anki typesets. */
  fields: string[];
  /** Anki tags: single words. */
  tags: string[];
}

/** Every question of a deck as a note; `guidePages` (from the guide step) adds the page to Source. */
export function flashcardNotes(deck: Deck, guidePages?: PageMap): FlashcardNote[] {
  const labels = deckLabels(deck);
  return deck.sections.flatMap((section) =>
    section.questions.map((q) => {
      const page = guidePages?.get(q.id);
      const source = [q.deckTitle ?? deck.title, questionLabel(labels, q.number), ...(page ? [pageRef(labels, page, '')] : [])].join(' · ');
      const inDirection = ownDirection(q.lang ?? deck.lang);
      return {
        question: q,
        guid: q.guid,
        deck: `${deckName(deck.title)}::${deckName(section.title)}`,
        // A question's options or listing belong on the front, under it.
        // A follow-up's front names the question it follows up, over it, as its printed card does.
        fields: [
          `${q.followsUp ? `<div class="follows-up">${questionLabel(labels, q.followsUp.number)} ${q.followsUp.html}</div>` : ''}${q.promptHtml ? `${q.html}${q.promptHtml}` : q.html}`,
          q.cardHtml,
          q.answerFromCard ? '' : q.answerHtml,
          labels.levels[q.level],
          escapeHtml(source),
        ]
          .map(formulasAsTex)
          // The level sits in the template's badge, a span: a word, needing no direction of its own.
          .map((field, i) => (NOTE_FIELDS[i] === 'Level' ? field : inDirection(field))),
        tags: tagsOf(deck, q),
      };
    }),
  );
}

/**
 * A field of a question written right to left, set in that direction: the note type is shared by
 * every deck, so the field carries it. In Anki's left-to-right card an Arabic sentence around a
 * Latin term ("… (PRIMARY KEY) …") printed its parts in the wrong order, aligned on the left.
 */
function ownDirection(lang: string): (html: string) => string {
  return directionOf(lang) === 'rtl' ? (html) => (html ? `<div dir="rtl">${html}</div>` : html) : (html) => html;
}

/** Anki tags are space-separated words: deck slug, level, then the question's own tags. */
function tagsOf(deck: Deck, q: Question): string[] {
  return [deck.slug, q.level, ...q.tags].map((t) => t.trim().replace(/\s+/g, '-')).filter(Boolean);
}

/** A title as one deck-name part: `::` would nest it one level deeper, a line break breaks the file. */
function deckName(title: string): string {
  return (
    title
      .replace(/[\t\r\n]+/g, ' ')
      .replace(/::+/g, ':')
      .trim() || 'Questions'
  );
}
