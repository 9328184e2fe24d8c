import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { textWords } from './text-words.js';

// A bank may close with a table summing up its questions (`## Quick Reference`: a row a
// question, its key points beside it). The table prints as the section's text; it holds no
// questions because it repeats them, so the section is not one whose questions went missing.

/** True when a cell's words are, for the most part, a question's (`Điểm mạnh` for "Điểm mạnh của bạn?"). */
function namesQuestion(cell: string, questions: Set<string>[]): boolean {
  const own = textWords(cell);
  return own.length > 0 && questions.some((q) => own.filter((w) => q.has(w)).length * 3 >= own.length * 2);
}

/** True when a section's blocks are one table whose rows (two at least) mostly name the deck's questions in their first cell. */
export function summarisesQuestions(nodes: RootContent[], questionTexts: string[]): boolean {
  const blocks = nodes.filter((n) => n.type !== 'thematicBreak' && !(n.type === 'html' && /^\s*<!--/.test(n.value)));
  const table = blocks[0];
  if (blocks.length !== 1 || table?.type !== 'table') return false;
  const rows = (table as Table).children.slice(1);
  const questions = questionTexts.map((text) => new Set(textWords(text)));
  const named = rows.filter((row) => row.children[0] && namesQuestion(toString(row.children[0]), questions));
  return rows.length >= 2 && named.length * 2 >= rows.length;
}
