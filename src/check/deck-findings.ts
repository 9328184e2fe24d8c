import type { Root } from 'mdast';
import { allQuestions, type Deck } from '../model/deck.js';
import { findDuplicates } from './duplicates.js';
import { sortFindings, type Finding } from './finding.js';
import { checkFrontMatterKeys } from './front-matter-keys.js';
import { checkLinks, headingAnchors } from './links.js';
import { answersFileLinks } from './answers-links.js';
import { checkMetaLines } from './meta-lines.js';
import { checkUnclosedBlocks } from './unclosed-blocks.js';
import { checkUndefinedReferences } from './undefined-references.js';

/**
 * Every finding about one deck that `build` and `check` both report, with one severity: an error
 * is what stops the build of the deck, a warning what the build prints and goes on with (a
 * duplicate question, an image left out, a link to nowhere). `check` adds only what needs no
 * second source: the deck's parse error, and its estimate of card length (the build measures
 * cards exactly while printing them).
 */
export function deckFindings(file: string, text: string, tree: Root, deck: Deck | undefined): Finding[] {
  const ids = deck ? [...deck.sections.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]), 'outro'] : [];
  // Navigation a foreign layout leaves out (a table of contents, links to exercises) is not printed: its links are no finding.
  const printed = (f: Finding) => !deck?.reading?.navigationLines.some((span) => f.line >= span.from && f.line <= span.to);
  const foreign = !!deck?.reading && deck.reading.layout !== 'studyguide';
  const findings = [
    ...checkMetaLines(file, tree, foreign),
    ...checkFrontMatterKeys(file, tree, text),
    // Raw `<a href>` prints as a link in any deck: checked as a markdown link is (a `javascript:` one went without a word).
    ...checkLinks(file, tree, headingAnchors(tree, ids), { html: true }).filter(printed),
    ...checkUnclosedBlocks(file, text, tree).filter((f) => !saidByReading(f, deck)),
    ...checkUndefinedReferences(file, tree).filter(printed),
  ];
  if (deck) {
    findings.push(...deck.diagnostics.map((d) => ({ file: d.file, line: d.line, level: d.severity, code: d.code, message: d.message })));
    findings.push(...findDuplicates(file, allQuestions(deck)));
    if (deck.reading?.answersFile) findings.push(...answersFileLinks(file, tree, ids, foreign));
  }
  return sortFindings(findings);
}

/** A `<details>` the details reading found open is said by it, with the questions it took in: said once. */
const saidByReading = (f: Finding, deck: Deck | undefined): boolean =>
  f.message.startsWith('<details>') && !!deck?.diagnostics.some((d) => d.code === 'unclosed-details' && d.line === f.line);
