import type { Section } from '../model/deck.js';
import { labelsFor, type Labels } from '../model/labels.js';

/**
 * The labels a combined deck's section prints its questions with: its part's language and label
 * overrides, as that deck's own outputs print them ("LEICHT", "S. 4" beside a German question
 * among Spanish ones); undefined where the document's own labels apply.
 */
export function partLabels(section: Section, documentLang: string): Labels | undefined {
  const part = section.part;
  if (!part?.lang && !part?.labels) return undefined;
  return labelsFor(part.lang ?? documentLang, part.labels);
}
