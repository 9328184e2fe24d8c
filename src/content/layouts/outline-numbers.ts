import type { Heading, RootContent } from 'mdast';
import { headingWords } from './question-number.js';
import { QUESTION_LABEL } from './labels.js';

// A heading's number as an outline writes it (`2`, `2.1`, `2.1.3`), before its words.
const OUTLINE_NUMBER = /^\s*(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]+(?=\S)/;

/** A front matter naming the Number Headings plugin of a notes app (`number headings: auto, first-level 1, …`). */
export const pluginNumbersHeadings = (yaml: string): boolean => /^number headings\s*:/im.test(yaml);

/**
 * Headings numbered as an outline (`# 2 Inverted file index` over `## 2.1 Index Generator`), by a
 * notes app's plugin (its front matter says so) or by hand, number the page's parts, not its
 * questions: those numbers are taken off, so no layout reads the headings as numbered questions.
 * An outline is every numbered heading under a numbered one carrying that one's number and one
 * more (two such at least), and none of them asking (`### 1.1 What is …?` stays a question).
 */
export function outlineNumbers(nodes: RootContent[], yaml: string): RootContent[] {
  const numbered = nodes.filter((n): n is Heading => n.type === 'heading' && OUTLINE_NUMBER.test(headingWords(n)));
  if (numbered.length < 2 || !(pluginNumbersHeadings(yaml) || isOutline(numbered))) return nodes;
  return nodes.map((n) => (numbered.includes(n as Heading) ? withoutNumber(n as Heading) : n));
}

/** Each numbered heading below the top ones carries its parent's number and one more; none asks. */
function isOutline(headings: Heading[]): boolean {
  const top = Math.min(...headings.map((h) => h.depth));
  const parents: string[] = [];
  let children = 0;
  for (const heading of headings) {
    const words = headingWords(heading);
    const number = OUTLINE_NUMBER.exec(words)![1];
    if (/[?？]\s*$/.test(words) || QUESTION_LABEL.test(words.replace(OUTLINE_NUMBER, ''))) return false;
    const level = heading.depth - top;
    if (number.split('.').length !== level + 1) return false;
    if (level > 0) {
      if (parents[level - 1] !== number.split('.').slice(0, -1).join('.')) return false;
      children++;
    }
    parents.length = level;
    parents[level] = number;
  }
  return children >= 2;
}

/** The heading with its number taken off its first words. */
function withoutNumber(heading: Heading): Heading {
  const [first, ...rest] = heading.children;
  if (first?.type !== 'text') return heading;
  return { ...heading, children: [{ ...first, value: first.value.replace(OUTLINE_NUMBER, '') }, ...rest] };
}
