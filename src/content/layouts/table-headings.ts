import { toString } from 'mdast-util-to-string';
import type { Heading, PhrasingContent, RootContent, Table } from 'mdast';
import { ANSWER_WORD, QUESTION_WORD } from './labels.js';
import { placeBody, type Layout, type Part } from './types.js';

// The number cell of a question's table: `1.`, `12`, `Q3`, `#4`.
const NUMBER_CELL = /^\s*(?:#|Q\s*)?[0-9]{1,4}\s*[.):]?\s*$/i;

/**
 * A question written as a table of one row and no body (`| 1. | What is React? |` over its
 * `| --- | --- |` line): its number cell and its question cell.
 */
function questionTable(node: RootContent): PhrasingContent[] | undefined {
  if (node.type !== 'table' || node.children.length !== 1) return undefined;
  const cells = (node as Table).children[0].children;
  if (cells.length !== 2 || !NUMBER_CELL.test(toString(cells[0])) || !toString(cells[1]).trim()) return undefined;
  return cells[1].children;
}

// A table of questions names its columns (`| # | Question | Answer |`), in the languages banks use.
// Besides the labels: a flashcard export's sides (`Front`, `Back`), and plurals.
const questionColumn = (name: string) => QUESTION_WORD.test(name) || /^\s*(?:questions|prompt|front)\s*$/i.test(name);
const answerColumn = (name: string) => ANSWER_WORD.test(name) || /^\s*(?:answers|back|response)\s*$/i.test(name);
const LEVEL_COLUMN = /^\s*(?:level|difficulty|niveau|nivel|schwierigkeit)\s*$/iu;

/** A table of questions, a row each: which column asks, which answers, and which gives the level. */
function questionColumns(node: RootContent): { ask: number; answer: number; level: number } | undefined {
  if (node.type !== 'table' || node.children.length < 2) return undefined;
  const names = node.children[0].children.map((cell) => toString(cell).replace(/[*_]/g, ''));
  const ask = names.findIndex(questionColumn);
  const answer = names.findIndex(answerColumn);
  return ask >= 0 && answer >= 0 && ask !== answer ? { ask, answer, level: names.findIndex((n) => LEVEL_COLUMN.test(n)) } : undefined;
}

/** Each row of a table of questions as a question over its answer (and its level's line, from a level column). */
function rowQuestions(table: Table, columns: { ask: number; answer: number; level: number }): Part[] {
  return table.children.slice(1).flatMap((row): Part[] => {
    const cell = (k: number) => row.children[k]?.children ?? [];
    const asked = cell(columns.ask);
    if (!toString({ type: 'paragraph', children: asked }).trim()) return [];
    const level = columns.level >= 0 ? toString({ type: 'paragraph', children: cell(columns.level) }).trim() : '';
    const body: RootContent[] = [
      ...(level ? [{ type: 'paragraph', children: [{ type: 'text', value: `Level: ${level}` }], position: row.position } as RootContent] : []),
      ...(toString({ type: 'paragraph', children: cell(columns.answer) }).trim() ? [{ type: 'paragraph', children: cell(columns.answer), position: row.position } as RootContent] : []),
    ];
    return [{ kind: 'question', heading: { type: 'heading', depth: 3, children: asked, position: row.position }, body }];
  });
}

/**
 * Questions as one-row tables (`| 1. | What is React? |`), each answer the text below it up to the
 * next one or a heading; or as the rows of a table naming its question and answer columns
 * (`| # | Question | Answer |`). Headings are sections.
 */
export const tableHeadingsLayout: Layout = {
  name: 'table-headings',
  count: (nodes) =>
    nodes.reduce((n, node) => {
      if (questionTable(node)) return n + 1;
      return questionColumns(node) ? n + (node as Table).children.length - 1 : n;
    }, 0),
  read(nodes) {
    const parts: Part[] = [];
    let current: { body: RootContent[] } | undefined;
    for (const node of nodes) {
      const words = questionTable(node);
      const columns = words ? undefined : questionColumns(node);
      if (columns) {
        current = undefined;
        parts.push(...rowQuestions(node as Table, columns));
      } else if (words) {
        const heading: Heading = { type: 'heading', depth: 3, children: words, position: node.position };
        current = { body: [] };
        parts.push({ kind: 'question', heading, body: current.body });
      } else if (node.type === 'heading') {
        current = undefined;
        parts.push({ kind: 'heading', node });
      } else placeBody(parts, current, node);
    }
    return parts;
  },
};
