import type { Deck, Section } from '../model/deck.js';
import { labelsFor, type Labels } from '../model/labels.js';
import { deckLabels, withDigits } from '../model/question-label.js';

/**
 * The labels a section prints its questions with, undefined where the document's own apply. A
 * combined deck's section: its part's language and label overrides, as that deck's own outputs
 * print them ("LEICHT", "S. 4" beside a German question among Spanish ones), numbers in the digits
 * that part writes. A section written in another language than its deck's (section.lang: a Korean
 * section of an English bank): that language's words beside its answers ("요약:", "쉬움", not
 * "In short:", "EASY"), the deck's overrides still winning, and the document's question numbers
 * and page references, which its contents and its other sections cite.
 */
export function sectionLabels(section: Section, deck: Deck): Labels | undefined {
  const part = section.part;
  const ofPart = part && (part.lang || part.labels) ? partLabels(part, deck) : undefined;
  if (!section.lang || section.lang === (part?.lang ?? deck.lang)) return ofPart;
  const own = ofPart ?? deckLabels(deck);
  const words = labelsFor(section.lang, part ? part.labels : deck.labels);
  return { ...words, questionNumber: own.questionNumber, pagePrefix: own.pagePrefix, pageOf: own.pageOf, pageShort: own.pageShort, digits: own.digits };
}

/** A part's labels: its language's, its overrides, the digits its questions write. */
function partLabels(part: NonNullable<Section['part']>, deck: Deck): Labels {
  const ofPart = deck.sections.filter((s) => s.part?.id === part.id).flatMap((s) => s.questions);
  return withDigits(labelsFor(part.lang ?? deck.lang, part.labels), ofPart);
}
