import type { Root } from 'mdast';
import { answersSibling } from '../content/answers-sibling.js';
import { decodeDeckText } from '../content/load-deck.js';
import { parseMarkdown } from '../content/markdown.js';
import { deckLimits, readInputSync } from '../content/read-input.js';
import type { Finding } from './finding.js';
import { checkLinks, headingAnchors } from './links.js';

/**
 * The links of the answers file read with a questions file (content/answers-sibling.ts), checked
 * as the questions file's are, each finding at its line in the answers file: its answers print in
 * the same guide. `anchors`: what a `#link` may point at in the questions file; the answers file's
 * own headings are added. None when the deck has no answers file or it cannot be read (its read
 * error is the deck's finding already).
 */
export function answersFileLinks(file: string, questionsTree: Root, ids: string[], html: boolean): Finding[] {
  const answers = answersSibling(file);
  if (!answers) return [];
  let tree: Root;
  try {
    tree = parseMarkdown(decodeDeckText(readInputSync(answers, deckLimits(answers)), answers));
  } catch {
    return [];
  }
  const anchors = new Set([...headingAnchors(questionsTree, ids), ...headingAnchors(tree)]);
  return checkLinks(answers, tree, anchors, { html });
}
