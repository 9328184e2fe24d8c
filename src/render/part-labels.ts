import type { Deck, Section } from '../model/deck.js';
import { labelsFor, type Labels } from '../model/labels.js';
import { withDigits } from '../model/question-label.js';

/**
 * The labels a combined deck's section prints its questions with: its part's language and label
 * overrides, as that deck's own outputs print them ("LEICHT", "S. 4" beside a German question
 * among Spanish ones), numbers in the digits that part writes; undefined where the document's
 * own labels apply.
 */
export function partLabels(section: Section, deck: Deck): Labels | undefined {
  const part = section.part;
  if (!part?.lang && !part?.labels) return undefined;
  const ofPart = deck.sections.filter((s) => s.part?.id === part.id).flatMap((s) => s.questions);
  return withDigits(labelsFor(part.lang ?? deck.lang, part.labels), ofPart);
}
