import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { boldLineSplit } from './arrow-answers.js';

// A bank of questions may keep one section of scenarios, each a paragraph opening with a bold
// line that sets it (`**Scenario 1: the disk is full but du shows little.**`) over the lines that
// resolve it. Read as the section's introduction, they were no questions. Where the rest of the
// bank asks, a section holding only such paragraphs, two at least, is one of prompts with answers.

/**
 * A bold line that sets a scene: four words at least (or six characters of a script written without
 * spaces). `**Author**`, `**License**` over their lines name what follows; they ask nothing.
 */
const sets = (text: string): boolean => text.trim().split(/\s+/).length >= 4 || (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0) >= 6;

/** A paragraph of a bold line, not a label ending in a colon, over lines of its own. */
const boldLed = (node: RootContent): boolean =>
  node.type === 'paragraph' && Boolean(boldLineSplit(node, false)) && sets(toString(node.children[0])) && !/[:：]\s*$/.test(toString(node.children[0]));

/** The paragraphs of sections that hold nothing else but such paragraphs, two at least. */
export function boldLedSections(nodes: RootContent[]): Set<RootContent> {
  const found = new Set<RootContent>();
  let section: RootContent[] = [];
  const close = () => {
    if (section.length >= 2 && section.every(boldLed)) section.forEach((node) => found.add(node));
    section = [];
  };
  for (const node of nodes) {
    if (node.type === 'heading') close();
    else section.push(node);
  }
  close();
  return found;
}
