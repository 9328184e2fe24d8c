import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ASKS } from '../callouts.js';

// A question block as a box that asks is written (`??? question "Why …?"`) or as HTML (`<details><summary>Why …?</summary>`).
const ASKING_SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary>/i;

/**
 * True when a page's `###` headings name the topics of a tutorial (`### Create Empty Files`, none asking) and
 * its questions are boxes that ask, two at least, standing in a `##` section of their own ("Interview
 * Questions") with no `###` heading over them: the boxes are the bank, not asides in the answers of topics.
 */
export function boxesOverTopics(nodes: RootContent[]): boolean {
  let ours = 0;
  let boxes = 0;
  let underOurs = false;
  for (const n of nodes) {
    if (n.type === 'heading') {
      underOurs = n.depth >= 3;
      if (n.depth === 3) {
        if (ASKS.test(toString(n))) return false;
        ours++;
      }
      continue;
    }
    if (n.type !== 'html' || !/^<details\b/i.test(n.value.trim())) continue;
    const summary = ASKING_SUMMARY.exec(n.value)?.[1].replace(/<[^>]*>/g, '').trim() ?? '';
    if (!ASKS.test(summary)) continue;
    // A box under a topic is an aside of what the topic says, so the page is not a bank of boxes.
    if (underOurs) return false;
    boxes++;
  }
  return ours > 0 && boxes >= 2;
}
