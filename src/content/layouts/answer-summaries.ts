import type { RootContent } from 'mdast';
import { answerSummary, SHOW_ONLY } from './labels.js';

// `<details>` opening a piece of HTML, its `<summary>` whole in it.
const OPENING = /^(\s*<details\b[^>]*>)\s*<summary\b[^>]*>([\s\S]*?)<\/summary>/i;

/**
 * A `<details>` right under a question whose summary only labels the answer or says "open me"
 * ("Show answer", "第 1 题的答案", "Ответ", "Show"): the fold holds the answer, and the guide prints
 * the answer under its question anyway. Its summary goes; a box titled "Show" or a bold line
 * "第 1 题的答案" over the answer said nothing on paper. Elsewhere in an answer the summary stays.
 */
export function withoutAnswerSummaries(nodes: RootContent[]): RootContent[] {
  let underQuestion = false;
  return nodes.map((node) => {
    const was = underQuestion;
    underQuestion = (node.type === 'heading' && node.depth === 3) || (was && (node.type === 'thematicBreak' || (node.type === 'html' && blankOrComment(node.value))));
    if (!was || node.type !== 'html') return node;
    const m = OPENING.exec(node.value);
    const words = m?.[2].replace(/<[^>]*>/g, '').trim();
    if (!m || words === undefined || !(answerSummary(words) || SHOW_ONLY.test(words))) return node;
    return { ...node, value: m[1] + node.value.slice(m[0].length) };
  });
}

const blankOrComment = (value: string): boolean => /^\s*(?:<!--[\s\S]*?-->\s*)*$/.test(value);
