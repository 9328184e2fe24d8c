import { parse } from 'csv-parse/sync';
import { contentError } from '../errors.js';
import { levelLine } from '../content/level-names.js';

/**
 * CSV/TSV rows (question, answer[, level, tags]: what spreadsheets and Quizlet export) or Anki's
 * plain-text notes export (`#separator:tab` header lines, fields as HTML) → a deck in our format.
 * The answer becomes the card answer; HTML in it is read later like any raw HTML.
 */
export function tableToDeck(text: string, file: string): string {
  const headers = new Map<string, string>();
  const body = text.split('\n').filter((line) => {
    const m = /^#([a-z ]+):(.*)$/i.exec(line);
    if (m) headers.set(m[1].trim().toLowerCase(), m[2].trim());
    return !m;
  });
  const sep = headers.get('separator');
  const delimiter = sep
    ? ({ tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ' }[sep.toLowerCase()] ?? sep)
    : file.toLowerCase().endsWith('.csv')
      ? ','
      : '\t';
  let rows: string[][];
  try {
    rows = parse(body.join('\n'), { delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw contentError(
      file,
      line,
      `not a readable table (${(err as Error).message.split('\n')[0]})`,
      'save it as CSV or TSV: question, answer[, level, tags] per row',
    );
  }
  if (rows.length && /^(question|front|term)$/i.test(rows[0][0]?.trim() ?? '')) rows = rows.slice(1);
  const out = [`# ${headers.get('deck') ?? ''}`.trim() === '#' ? '' : `# ${headers.get('deck')}`, '', '## Questions', ''];
  rows.forEach((row, i) => {
    const [question = '', answer = '', level = '', tags = ''] = row.map((c) => c.trim());
    if (!question) return;
    out.push(`### ${oneLine(question)}`, '');
    const meta = [
      // `hard`, or the sheet's own word for it (`Beginner`, `Advanced`).
      level && levelLine(`Level: ${level}`) ? `Level: ${levelLine(`Level: ${level}`)}` : '',
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
  return out.filter((l, i) => i > 0 || l).join('\n');
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');
