import { describe } from 'vitest';
import { pdfPages, squash } from '../helpers.js';
import { keepRuleTests } from './keep-rule.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A list item's own line prints on the page of its sub-list's first item: the python-backend
// guide's page 4 opened on two third-level items, their item ("normalise timestamps to UTC;")
// left at the foot of page 3. The fixture's answers grow by part of a line each, so that without
// the rule some items end a page apart from their sub-lists; the same deck is printed once more
// with the rule taken out of guide.css (through --styles), to show the fixture still tests it.
const DECK = 'test/fixtures/nested-lists/deck.md';
const RULE = ':is(.answer, .section-intro) li > :is(ul, ol) { break-before: avoid; }';

/** Each item's line and the first item of its sub-list, as printed, for list `n`. */
const PAIRS: [string, string][] = [
  ['head of item', 'first sub-item of'],
  ['middle sub-item of', 'deep first step of'],
];

/** The items, as "list n: item", printed on another page than their sub-list's first item. */
function itemsApart(file: string): string[] {
  const pages = pdfPages(file).map(squash);
  const pageOf = (text: string) => pages.findIndex((p) => new RegExp(`${text}\\b`).test(p));
  const apart: string[] = [];
  for (let n = 1; pageOf(`closing step of list ${n}`) >= 0; n++) {
    for (const [item, first] of PAIRS) if (pageOf(`${item} ${n}`) !== pageOf(`${first} ${n}`)) apart.push(`list ${n}: ${item}`);
  }
  return apart;
}

describe('a list item with a sub-list', () => {
  keepRuleTests({ deck: DECK, rule: RULE, last: 'closing step of list 40', apart: itemsApart }, 'prints on the same page as the first item of its sub-list');
});
