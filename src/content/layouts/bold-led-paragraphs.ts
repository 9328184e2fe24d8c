import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { boldLineSplit } from './arrow-answers.js';

// A bank of questions may keep one section of scenarios, each a paragraph opening with a bold
// line that sets it (`**Scenario 1: the disk is full but du shows little.**`) over the lines that
// resolve it. Read as the section's introduction, they were no questions. Where the rest of the
// bank asks (in lists or a table), a section of such paragraphs, two at least, is one of prompts with answers.

/**
 * A bold line that sets a scene: four words at least (or six characters of a script written without
 * spaces). `**Author**`, `**License**` over their lines name what follows; they ask nothing.
 */
const sets = (text: string): boolean => text.trim().split(/\s+/).length >= 4 || (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0) >= 6;

/** A paragraph of a bold line, not a label ending in a colon, over lines of its own. */
const boldLed = (node: RootContent): boolean =>
  node.type === 'paragraph' && Boolean(boldLineSplit(node, false)) && sets(toString(node.children[0])) && !/[:：]\s*$/.test(toString(node.children[0]));

/**
 * The bold-led paragraphs of sections that hold mostly such paragraphs, two at least: under a
 * lead-in of a paragraph or two at most (`Answer them as you would on a call.`), each answer
 * perhaps going on in blocks of its own, but half the blocks after the lead-in bold-led, so that
 * prose with a bold line here and there stays prose.
 */
export function boldLedSections(nodes: RootContent[]): Set<RootContent> {
  const found = new Set<RootContent>();
  let section: RootContent[] = [];
  const close = () => {
    const first = section.findIndex(boldLed);
    const lead = section.slice(0, Math.max(first, 0));
    const rest = section.slice(first);
    const led = rest.filter(boldLed);
    if (first >= 0 && lead.length <= 2 && lead.every((n) => n.type === 'paragraph') && led.length >= 2 && led.length * 2 >= rest.length) led.forEach((node) => found.add(node));
    section = [];
  };
  for (const node of nodes) {
    if (node.type === 'heading') close();
    else section.push(node);
  }
  close();
  return found;
}
