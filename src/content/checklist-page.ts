import type { Heading } from 'mdast';
import { StudyguideError } from '../errors.js';
import { plainText } from './text.js';

// A page of advice set out by phase (`### 1. Before the Interview` over do's and don'ts) has the
// shape of numbered topic cards (`### 1. Closures` over an explanation). What tells them apart is
// the headings: every one names a time, not a topic. Read as a bank, each phase was a question.

/** A heading naming a phase of the process ("Before the Interview", "On the day", "Pendant l'entretien"), number aside. */
const PHASE =
  /^[\p{P}\p{S}\s]*(?:\d+[.):]?\s*)?(?:(?:step|phase|stage|part)\s*\d+\s*[:.—–-]\s*)?(?:before|during|after|on the day|the day before|the night before|(?:the\s+)?(?:morning|week) of|avant|pendant|après|le jour|vor|während|nach|am tag|antes|durante|después|depois|no dia|el día|prima|dopo|перед|во время|после|в день)(?![\p{L}\p{N}])/iu;

/** The error for a page whose question headings (two at least) all name phases: a checklist, not a deck; else undefined. */
export function checklistPage(file: string, headings: Heading[]): StudyguideError | undefined {
  const words = headings.map((h) => plainText(h).trim());
  if (words.length < 2 || !words.every((w) => PHASE.test(w) && !/[?？]$/u.test(w))) return undefined;
  const named = words
    .slice(0, 3)
    .map((w) => `"${w}"`)
    .join(', ');
  return new StudyguideError(`no questions here: a checklist of advice by phase (${named}), not a bank of questions; left out`, {
    // Left out with a warning where other decks build, as a folder's read-me is; an error alone.
    code: 'not-a-deck',
    file,
    line: headings[0].position?.start.line ?? 1,
    hint: 'if these are questions, write each as a "### Question?" heading with its answer under it',
  });
}
