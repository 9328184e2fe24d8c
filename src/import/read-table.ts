import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { contentError, type StudyguideError } from '../errors.js';
import { levelLine } from '../content/level-names.js';
import type { Diagnostic } from '../model/deck.js';
import { checkFieldLength } from './field-limit.js';
import { joinWithOrigins, type Origin } from './bank-lines.js';
import { COLUMN_NAMES, headerColumns, type Columns } from './table-columns.js';
import { excerpt } from '../model/excerpt.js';

/**
 * CSV/TSV rows (question, answer[, level, tags]: what spreadsheets and Quizlet export) or Anki's
 * plain-text notes export (`#separator:tab` header lines, fields as HTML) → a deck in our format.
 * The answer becomes the card answer; HTML in it is read later like any raw HTML.
 */
export function tableToDeck(text: string, file: string): { markdown: string; origins: Origin[]; diagnostics: Diagnostic[] } {
  const headers = new Map<string, string>();
  // Header lines are blanked, not removed, so each row keeps its line in the file.
  const body = text.split('\n').map((line) => {
    const m = /^#([a-z ]+):(.*)$/i.exec(line);
    if (m) headers.set(m[1].trim().toLowerCase(), m[2].trim());
    return m ? '' : line;
  });
  const sep = headers.get('separator');
  const delimiter = sep
    ? ({ tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ' }[sep.toLowerCase()] ?? sep)
    : file.toLowerCase().endsWith('.csv')
      ? csvDelimiter(body.find((l) => l.trim()) ?? '')
      : '\t';
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(body.join('\n'), {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      relax_quotes: true,
      info: true,
      raw: true,
    }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    const unclosed = unclosedQuoteLine(body.join('\n'), err);
    if (unclosed)
      throw contentError(
        file,
        unclosed,
        'a quoted field opened in this row is never closed: the rest of the file would be one field',
        'close the quote, and write a quote inside a field as ""',
      );
    throw contentError(
      file,
      line,
      `not a readable table (${(err as Error).message.split('\n')[0]})`,
      'save it as CSV or TSV: question, answer[, level, tags] per row',
    );
  }
  // info.lines is where a record ends; a quoted field may have spanned lines before it.
  let rows = records.map(({ record, raw, info }) => ({
    cells: record,
    line:
      info.lines -
      (raw
        .replace(/\r?\n$/, '')
        .replace(/^(?:\r?\n)+/, '')
        .match(/\n/g)?.length ?? 0),
  }));
  const diagnostics: Diagnostic[] = [];
  const leftOut = (line: number, message: string) => diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message });
  // A header row naming its columns is read by those names; a sheet with none, by position.
  const header = rows.length ? headerColumns(rows[0].cells) : undefined;
  const headerLine = header ? rows[0].line : undefined;
  const headerCells = header ? rows[0].cells.map((c) => c.trim()) : [];
  const headerNames = headerCells.filter(Boolean);
  if (header) {
    rows = rows.slice(1);
    if (header.unread.length) {
      const [columns, are, them] = header.unread.length === 1 ? ['column', 'is', 'it'] : ['columns', 'are', 'them'];
      leftOut(
        headerLine!,
        `${columns} ${quoted(header.unread)} ${are} not read, so ${are === 'is' ? 'it is' : 'they are'} left out — name ${them} ${COLUMN_NAMES} to keep ${them}`,
      );
    }
  }
  // With no column of answers, every question is open: said once, at the header, naming its columns.
  if (header && header.answer === undefined && header.card === undefined && !header.extras.length && rows.length) {
    const asked = rows.length === 1 ? 'its question is read as an open question' : `its ${rows.length} questions are read as open questions`;
    diagnostics.push({
      file,
      line: headerLine ?? 1,
      severity: 'warning',
      code: 'no-answer-column',
      message: `no column of the header (${headerNames.join(', ')}) names the answer, so ${asked} — name the column of answers "answer" to read them`,
    });
  }
  // Each line written with the row it came from, so what the deck's reading finds is said at that row.
  const sections = new Map<string, (readonly [string, Origin])[]>();
  rows.forEach(({ cells, line }) => {
    cells.forEach((cell, i) => checkFieldLength(cell, file, line, `row ${line}'s ${(header ? headerCells[i] : POSITIONS[i]) || `column ${i + 1}`}`));
    const row = header
      ? byName(
          cells.map((c) => c.trim()),
          header,
        )
      : byPosition(cells.map((c) => c.trim()));
    const { question, answer, card, level, tags, section, extras, rest } = row;
    if (!question) {
      const given = [card, answer, level, tags, section, ...extras.map((e) => e.text), ...rest].filter(Boolean);
      if (given.length) leftOut(line, `row ${line} has no question (its ${header ? 'question column' : 'first column'} is empty): ${quoted(given)} left out`);
      return;
    }
    if (rest.length)
      leftOut(line, `row ${line} has more columns than ${header ? 'its header names' : 'question, answer, level and tags'}: ${quoted(rest)} left out`);
    const given = level ? levelLine(`Level: ${level}`) : undefined;
    if (level && !given)
      leftOut(
        line,
        `row ${line} gives the level ${quoted([level])}, which names no level: left out — write easy, medium or hard in ${header ? 'its level column' : 'the third column'}`,
      );
    const lines = sections.get(section || 'Questions') ?? [];
    sections.set(section || 'Questions', lines);
    const out = { push: (...texts: string[]) => lines.push(...texts.map((t) => [t, { line }] as const)) };
    out.push(`### ${oneLine(question)}`, '');
    const meta = [
      // `hard`, or the sheet's own word for it (`Beginner`, `Advanced`).
      given ? `Level: ${given}` : '',
      tags
        ? `Tags: ${tags
            .split(/[\s,]+/)
            .filter(Boolean)
            .join(', ')}`
        : '',
    ].filter(Boolean);
    if (meta.length) out.push(meta.join(' · '), '');
    // A card column is the card answer, the answer column under it the full answer.
    const quote = card || answer;
    if (quote) out.push(...quote.split(/\r?\n/).map((l) => `> ${l}`), '');
    else out.push('Status: open', '');
    if (card && answer) out.push(answer, '');
    for (const { label, text } of extras) if (text) out.push(`**${label}:**`, '', text, '');
  });
  // Else the empty deck failed as "a CSV bank is not a markdown deck — import it first", to a user importing it.
  if (![...sections.values()].some((lines) => lines.length)) throw noQuestionRows(file, rows.length, headers.size > 0, records.length > rows.length);
  const title = headers.get('deck')?.trim();
  const top = { line: 1 };
  const out = [
    ...(title ? [[`# ${title}`, top] as const, ['', top] as const] : []),
    ...[...sections].flatMap(([name, lines]) => [[`## ${oneLine(name)}`, lines[0][1]] as const, ['', lines[0][1]] as const, ...lines]),
  ];
  return { ...joinWithOrigins(out), diagnostics };
}

/** A table with no row that asks a question: what it holds instead, and what to write. */
function noQuestionRows(file: string, rows: number, anki: boolean, header: boolean): StudyguideError {
  const ext = path.extname(file).slice(1).toUpperCase();
  const kind = anki ? 'Anki notes export' : ext === 'CSV' || ext === 'TSV' ? ext : 'table';
  const message = rows
    ? `${rows === 1 ? `the one row of this ${kind} has no` : `none of the ${rows} rows of this ${kind} has a`} question in its first column`
    : `this ${kind} holds no rows of questions${header ? ', only its header' : ''}`;
  return contentError(file, 1, message, 'write one question a row: question, answer[, level, tags]');
}

/** What the cells of a table with no header give, by position (named in messages). */
const POSITIONS = ['question', 'answer', 'level', 'tags'];

/** What one row gives, its cells read by the header's names or by position. */
interface Row {
  question: string;
  answer: string;
  card: string;
  level: string;
  tags: string;
  section: string;
  extras: { label: string; text: string }[];
  /** Cells no column reads. */
  rest: string[];
}

const byPosition = ([question = '', answer = '', level = '', tags = '', ...more]: string[]): Row => ({
  question,
  answer,
  card: '',
  level,
  tags,
  section: '',
  extras: [],
  rest: more.filter(Boolean),
});

const byName = (cells: string[], columns: Columns): Row => {
  const at = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? ''));
  return {
    question: at(columns.question),
    answer: at(columns.answer),
    card: at(columns.card),
    level: at(columns.level),
    tags: at(columns.tags),
    section: at(columns.section),
    extras: columns.extras.map(({ at: i, label }) => ({ label, text: at(i) })),
    // Cells under no header name or past its last; those under a column not read were said once, at the header.
    rest: [...columns.blank.map(at), ...cells.slice(columns.width)].filter(Boolean),
  };
};

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** Cells named in a warning, each cut to 40 characters. */
/** Cells quoted in a message: the first QUOTED_CELLS, then how many more (a row of 166,000 stray cells printed a megabyte line). */
const QUOTED_CELLS = 5;
const quoted = (cells: string[]): string => {
  const shown = cells.slice(0, QUOTED_CELLS).map((c) => `"${excerpt(c, 40)}"`);
  const more = cells.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en-US')} more` : shown.join(', ');
};

/**
 * The delimiter of a .csv file, from its first line: a comma unless the line holds none outside
 * quotes and a semicolon or tab does (a spreadsheet set for a decimal comma saves with semicolons).
 */
function csvDelimiter(first: string): string {
  const bare = first.replace(/"[^"]*"/g, '');
  if (bare.includes(',')) return ',';
  return bare.includes(';') ? ';' : bare.includes('\t') ? '\t' : ',';
}

/**
 * The line of the row whose quote is never closed: the parser names the end of the file, where it
 * gave up. The row starts after the bytes of the rows read whole (blank lines skipped).
 */
function unclosedQuoteLine(text: string, err: unknown): number | undefined {
  const { code, bytes_records: read } = err as { code?: string; bytes_records?: number };
  if (code !== 'CSV_QUOTE_NOT_CLOSED' || typeof read !== 'number') return undefined;
  const before = Buffer.from(text).subarray(0, read).toString('utf8');
  const blank = /^[\r\n]*/.exec(text.slice(before.length))![0];
  return (before + blank).split('\n').length;
}
