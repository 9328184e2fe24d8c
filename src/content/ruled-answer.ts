import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { excerpt } from '../model/excerpt.js';

// A rule drawn between questions with no blank line above it (`Two disks hold it.⏎---`) makes the
// answer over it a section heading to markdown (a setext heading): the question is left with no
// answer, and the error said only that, under an answer plainly there.

/** The words to add to "question … has no answer", and their hint, when the text under the question was read as a `---`-underlined section heading. */
export function answerReadAsHeading(question: Heading, nodes: RootContent[], lines: string[]): { why: string; hint: string } | undefined {
  const next = nodes[nodes.indexOf(question) + 1];
  if (next?.type !== 'heading' || next.depth !== 2 || !next.position) return undefined;
  const rule = next.position.end.line;
  // Written `## Title` it is a heading as meant; only an underline of dashes made this one.
  if (rule === next.position.start.line || !/^ {0,3}-+[ \t]*$/.test(lines[rule - 1] ?? '')) return undefined;
  const words = toString(next).replace(/\s+/g, ' ').trim();
  const shown = excerpt(words, 60);
  return {
    why: `: the text under it, "${shown}", is a section heading, made one by the --- on line ${rule}`,
    hint: `put a blank line before the --- on line ${rule}`,
  };
}
