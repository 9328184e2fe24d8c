import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { contentError, type StudyguideError } from '../errors.js';
import { levelLine } from '../content/level-names.js';
import type { Diagnostic } from '../model/deck.js';

/**
 * CSV/TSV rows (question, answer[, level, tags]: what spreadsheets and Quizlet export) or Anki's
 * plain-text notes export (`#separator:tab` header lines, fields as HTML) → a deck in our format.
 * The answer becomes the card answer; HTML in it is read later like any raw HTML.
 */
export function tableToDeck(text: string, file: string): { markdown: string; diagnostics: Diagnostic[] } {
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
    throw contentError(
      file,
      line,
      `not a readable table (${(err as Error).message.split('\n')[0]})`,
      'save it as CSV or TSV: question, answer[, level, tags] per row',
    );
  }
  // info.lines is where a record ends; a quoted field may have spanned lines before it.
  let rows = records.map(({ record, raw, info }) => ({ cells: record, line: info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0) }));
  const diagnostics: Diagnostic[] = [];
  const leftOut = (line: number, message: string) => diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message });
  if (rows.length && /^(question|front|term)$/i.test(rows[0].cells[0]?.trim() ?? '')) rows = rows.slice(1);
  const out = [`# ${headers.get('deck') ?? ''}`.trim() === '#' ? '' : `# ${headers.get('deck')}`, '', '## Questions', ''];
  rows.forEach(({ cells, line }, i) => {
    const [question = '', answer = '', level = '', tags = '', ...more] = cells.map((c) => c.trim());
    const rest = more.filter(Boolean);
    if (!question) {
      const given = [answer, level, tags, ...rest].filter(Boolean);
      if (given.length) leftOut(line, `row ${line} has no question (its first column is empty): ${quoted(given)} left out`);
      return;
    }
    if (rest.length) leftOut(line, `row ${line} has more columns than question, answer, level and tags: ${quoted(rest)} left out`);
    const given = level ? levelLine(`Level: ${level}`) : undefined;
    if (level && !given)
      leftOut(line, `row ${line} gives the level ${quoted([level])}, which names no level: left out — write easy, medium or hard in the third column`);
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
    if (answer) out.push(...answer.split(/\r?\n/).map((l) => `> ${l}`), '');
    else out.push('Status: open', '');
    void i;
  });
  // Else the empty deck failed as "a CSV bank is not a markdown deck — import it first", to a user importing it.
  if (!rows.some(({ cells }) => cells[0]?.trim())) throw noQuestionRows(file, rows.length, headers.size > 0, records.length > rows.length);
  return { markdown: out.filter((l, i) => i > 0 || l).join('\n'), diagnostics };
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

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** Cells named in a warning, each cut to 40 characters. */
const quoted = (cells: string[]): string => cells.map((c) => `"${c.length > 40 ? `${c.slice(0, 39)}…` : c}"`).join(', ');

/**
 * The delimiter of a .csv file, from its first line: a comma unless the line holds none outside
 * quotes and a semicolon or tab does (a spreadsheet set for a decimal comma saves with semicolons).
 */
function csvDelimiter(first: string): string {
  const bare = first.replace(/"[^"]*"/g, '');
  if (bare.includes(',')) return ',';
  return bare.includes(';') ? ';' : bare.includes('\t') ? '\t' : ',';
}
