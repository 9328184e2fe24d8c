import { describe } from 'vitest';
import { pdfPages, squash } from '../helpers.js';
import { keepRuleTests } from './keep-rule.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A lead-in (a paragraph ending in ":", render/lead-ins.ts) prints on the page of the list, code
// or table it announces. The fixture's answers grow by about a line each, so that without the
// rule some lead-ins end a page and their blocks open the next: the same deck is printed once
// more with the rule taken out of guide.css (through --styles), to show the fixture still tests it.
const DECK = 'test/fixtures/lead-ins/deck.md';
const RULE = ':is(.answer, .section-intro) p.lead-in { break-after: avoid; }';

/** Numbers of the lead-ins printed on another page than the first line of their block. */
function leadInsApart(file: string): number[] {
  const pages = pdfPages(file).map(squash);
  const pageOf = (pattern: RegExp) => pages.findIndex((p) => pattern.test(p));
  const apart: number[] = [];
  for (let n = 1; pageOf(new RegExp(`Lead-in ${n} announces`)) >= 0; n++) {
    if (pageOf(new RegExp(`Lead-in ${n} announces`)) !== pageOf(new RegExp(`first of block ${n}\\b`))) apart.push(n);
  }
  return apart;
}

describe('a lead-in ending in ":"', () => {
  keepRuleTests({ deck: DECK, rule: RULE, last: 'Lead-in 45 announces', apart: leadInsApart }, 'prints on the same page as the list, code or table after it');
});

// The same answers with each lead-in written as a label wholly in bold (`**Lead-in 1 announces a
// code block**`, no colon) or ending in the full-width colon of Chinese and Japanese banks
// (`…：`): neither was read as a lead-in, and at a page's foot a label stood alone over a hole.
describe('a label in bold, or a lead-in ending in "："', () => {
  keepRuleTests(
    { deck: 'test/fixtures/label-lead-ins/deck.md', rule: RULE, last: 'Lead-in 45 announces', apart: leadInsApart },
    'prints on the same page as the list, code or table after it',
  );
});
