import { cellParagraphs } from './cell-paragraphs.js';
import { toString } from 'mdast-util-to-string';
import type { Heading, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import { ANSWER_WORD, QUESTION_WORD } from './labels.js';
import { ASKS, PROMPT_START } from './list-items.js';
import { levelLine, levelNamed } from '../level-names.js';
import { placeBody, type Layout, type Part } from './types.js';
import { boldLedSections } from './bold-led-paragraphs.js';
import { boldLineSplit } from './arrow-answers.js';
import { unfoldedCell } from './cell-details.js';

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
// A cheat sheet names it for what it gives: `Ideal Response`, `Sample answer`, `How to answer`.
const answerColumn = (name: string) =>
  ANSWER_WORD.test(name) ||
  /^\s*(?:back|(?:(?:ideal|sample|model|example|suggested|best|good|short|expected|key|your|typical)\s+)?(?:answers?|responses?)|how to (?:answer|respond)|what to say|talking points)\s*$/i.test(name);
const LEVEL_COLUMN = /^\s*(?:level|difficulty|niveau|nivel|schwierigkeit)\s*$/iu;
// A column naming each question's topic (`| Category | Question |`): its tag.
const TOPIC_COLUMN = /^\s*(?:category|topic|tags?|area|subject|categor[íi]a|tema|kategorie|thema|категория|тема|分类|类别)\s*$/iu;

interface Columns {
  ask: number;
  /** The answer's column, or -1: a table of open questions. */
  answer: number;
  level: number;
  topic: number;
  /** The other columns that say something of each question (`Tip`, `Notes`), by name; not the number's. */
  others: { at: number; name: string }[];
}

// The column numbering the rows (`#`, `No.`, `S.No`): the guide numbers questions itself.
const NUMBER_COLUMN = /^\s*(?:#|no\.?|nr\.?|№|n[º°]|s\.?\s?no\.?|sl\.?(?:\s?no\.?)?|sr\.?(?:\s?no\.?)?|id|序号|番号|번호)?\s*$/iu;

const cellText = (children: PhrasingContent[]): string => toString({ type: 'paragraph', children }).trim();

/** A row holding a link into the page (`[1.1](#q-1-1) | Why …?`): an entry of the bank's contents. */
const linksIn = (row: TableRow): boolean => row.children.some((cell) => cell.children.some((c) => c.type === 'link' && c.url.startsWith('#')));

/**
 * Rows whose question cell asks or bids (`What is …?`, `Explain …`), most of them: a table of open
 * questions, unless its rows link to the questions further down (a table of contents).
 */
function rowsAsk(table: Table, ask: number): boolean {
  if (table.children.slice(1).some(linksIn)) return false;
  const rows = table.children.slice(1).map((row) => cellText(row.children[ask]?.children ?? [])).filter(Boolean);
  return rows.length >= 2 && rows.filter((text) => ASKS.test(text) || PROMPT_START.test(text)).length * 2 > rows.length;
}

// A cell holding a code and nothing else (`A1`, `B12`, `Q3`, `7.`): a key to the row, no words.
const CODE_CELL = /^\s*[A-Z]{0,2}-?\d{1,3}[.)]?\s*$/i;

/** Whether every row's cell in a column is a code. */
const codesOnly = (table: Table, at: number): boolean => table.children.slice(1).every((row) => CODE_CELL.test(cellText(row.children[at]?.children ?? [])));

/** A table of questions, a row each: which column asks, which answers (if any), which gives the level and which the topic. */
function questionColumns(node: RootContent): Columns | undefined {
  if (node.type !== 'table' || node.children.length < 2) return undefined;
  const names = node.children[0].children.map((cell) => toString(cell).replace(/[*_]/g, ''));
  let ask = names.findIndex(questionColumn);
  // A question column of codes only (`| Pergunta | Descrição |` over `| A1 | Você já …? |`, a bingo card's keys):
  // the questions are in the column beside it whose rows ask, and the codes only number them.
  let codes = -1;
  if (ask >= 0 && codesOnly(node, ask)) {
    const asking = names.findIndex((_, at) => at !== ask && rowsAsk(node, at));
    if (asking >= 0) [codes, ask] = [ask, asking];
  }
  const answer = names.findIndex((name, at) => at !== codes && answerColumn(name));
  if (ask < 0 || ask === answer) return undefined;
  // No answer column (`| Category | Question |`): the questions are open when the rows ask.
  if (answer < 0 && !rowsAsk(node, ask)) return undefined;
  const level = names.findIndex((n) => LEVEL_COLUMN.test(n));
  const topic = names.findIndex((n) => TOPIC_COLUMN.test(n));
  const others = names.flatMap((name, at) => ([ask, answer, level, topic, codes].includes(at) || NUMBER_COLUMN.test(name) ? [] : [{ at, name: name.trim() }]));
  return { ask, answer, level, topic, others };
}

/**
 * A cell whose whole answer is a sentence in quotation marks set as code (`` `"Walk through your path …"` ``,
 * as cheat sheets box what to say): the words it quotes, not code.
 */
function spokenSample(children: PhrasingContent[]): PhrasingContent[] {
  const [only] = children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const said = only?.type === 'inlineCode' && children.length <= 3 ? only.value.trim() : '';
  return /^["“].+["”]$/u.test(said) && said.split(/\s+/).length >= 4 ? [{ type: 'text', value: said }] : children;
}

/**
 * A row of the table's template, left to fill in (`| Câu hỏi 2 | Tag 2 | Câu trả lời 2 |` under
 * `| Câu hỏi | Tag | Câu trả lời |`): each of its cells its column's name and a number, no question.
 */
function templateRow(table: Table, row: TableRow): boolean {
  const names = table.children[0].children.map((cell) => toString(cell).trim().toLowerCase());
  const cells = row.children.map((cell) => toString(cell).trim());
  const slot = (text: string, k: number) => !text || (/\d$/u.test(text) && text.replace(/\s*\d{1,3}$/u, '').toLowerCase() === names[k]);
  return cells.filter(Boolean).length >= 2 && cells.every(slot);
}

/**
 * Each row of a table of questions as a question over its answer (and its level's line, from a
 * level column); its topic column's words are its tag. A row with no answer is open: its level
 * goes with the heading, as a line under it would stand for an answer.
 */
function rowQuestions(table: Table, columns: Columns): Part[] {
  return table.children.slice(1).flatMap((row): Part[] => {
    const cell = (k: number) => (k >= 0 ? (row.children[k]?.children ?? []) : []);
    const asked = cell(columns.ask);
    if (!cellText(asked) || templateRow(table, row)) return [];
    const level = cellText(cell(columns.level));
    const topic = cellText(cell(columns.topic)).toLowerCase();
    // An answer folded under "Show" (`<details><summary>Show</summary>…`) is what it folds.
    const answer = spokenSample(unfoldedCell(cell(columns.answer)));
    const answered = !!cellText(answer);
    const data = {
      ...(topic ? { topic } : {}),
      ...(level && !answered ? { level: levelLine(`Level: ${level}`) ?? levelNamed(level) } : {}),
    };
    // What the other columns say of an answered question follows its answer, each under its column's name (`**Tip:** …`).
    const notes = columns.others.flatMap(({ at, name }): RootContent[] =>
      cellText(cell(at)) ? [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${name}:` }] }, { type: 'text', value: ' ' }, ...cell(at)], position: row.position }] : [],
    );
    const body: RootContent[] = answered
      ? [...(level ? [{ type: 'paragraph', children: [{ type: 'text', value: `Level: ${level}` }], position: row.position } as RootContent] : []), ...cellParagraphs(answer, row.position), ...notes]
      : [];
    return [{ kind: 'question', heading: { type: 'heading', depth: 3, children: asked, position: row.position, data: data as Heading['data'] }, body }];
  });
}

/**
 * Questions as one-row tables (`| 1. | What is React? |`), each answer the text below it up to the
 * next one or a heading; or as the rows of a table naming its question and answer columns
 * (`| # | Question | Answer |`), or its question column alone (`| Category | Question |`, open
 * questions). Headings are sections.
 */
export const tableHeadingsLayout: Layout = {
  name: 'table-headings',
  count: (nodes) =>
    nodes.reduce((n, node) => {
      if (questionTable(node)) return n + 1;
      return questionColumns(node) ? n + (node as Table).children.length - 1 : n;
    }, 0),
  read(nodes, _dropped, warn) {
    const parts: Part[] = [];
    let current: { body: RootContent[] } | undefined;
    // A section of scenarios, each a bold line over its answer, in a bank whose tables ask: prompts too.
    const scenarios = nodes.some((n) => questionTable(n) || questionColumns(n)) ? boldLedSections(nodes) : new Set<RootContent>();
    let scene: ReturnType<typeof boldLineSplit>;
    for (const node of nodes) {
      const words = questionTable(node);
      const columns = words ? undefined : questionColumns(node);
      if (node.type === 'paragraph' && scenarios.has(node) && (scene = boldLineSplit(node, false))) {
        // Its answer goes on in the blocks under it, up to the next scene or heading.
        current = { body: [{ type: 'paragraph', children: scene.answer, position: node.position }] };
        parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: scene.question, position: node.position }, body: current.body });
      } else if (columns) {
        current = undefined;
        parts.push(...rowQuestions(node as Table, columns));
        // Rows of the template still to fill in ask nothing: said at their lines, not printed as questions.
        for (const row of (node as Table).children.slice(1).filter((row) => templateRow(node as Table, row)))
          warn?.(row.position?.start.line ?? 1, 'left-out', `row "${row.children.map((cell) => toString(cell).trim()).join(' | ')}" of the table's template left out — write its question and answer in place of the column names`);
        // A table of open questions has no answer to print its other columns under: said, not dropped.
        const unprinted = columns.answer < 0 ? columns.others.filter(({ at }) => (node as Table).children.slice(1).some((row) => cellText(row.children[at]?.children ?? []))) : [];
        if (unprinted.length) warn?.(node.position?.start.line ?? 1, 'left-out', `column${unprinted.length > 1 ? 's' : ''} ${unprinted.map((c) => `"${c.name}"`).join(', ')} of a table of open questions left out — name one column "Answer" to print them`);
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
