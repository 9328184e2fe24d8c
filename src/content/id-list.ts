import { parse } from 'csv-parse/sync';
import { StudyguideError } from '../errors.js';
import { InputRefused, MAX_ID_LIST_BYTES, readInput } from './read-input.js';
import type { Question } from '../model/deck.js';

/** One id of a `--only-ids` file and the line it is on. */
export interface ListedId {
  id: string;
  line: number;
}

/** The questions a `--only-ids` file asks for. */
export interface IdList {
  /** The file as given (for messages). */
  file: string;
  entries: ListedId[];
}

/** Anki's `#separator:` names; a single character stands for itself. */
const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** Reads a `--only-ids` file; a missing one is an error naming it. */
export async function readIdList(file: string): Promise<IdList> {
  const hint = 'give a file with one question Id or guid a line, or an Anki notes export with its guid column';
  // Read as decks are: a FIFO named here hung the build, waiting for a writer; a folder or a huge file is refused.
  const bytes = await readInput(file, { maxBytes: MAX_ID_LIST_BYTES, what: '--only-ids file' }).catch((err: unknown) => {
    if (err instanceof InputRefused) throw new StudyguideError(`cannot read the --only-ids file: ${err.reason}`, { file, hint });
    throw new StudyguideError(`cannot read the --only-ids file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file, hint });
  });
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new StudyguideError('the --only-ids file is not text (it contains NUL bytes)', { file, line: bytes.subarray(0, nul).toString('utf8').split('\n').length, hint });
  }
  return parseIdList(bytes.toString('utf8'), file);
}

/**
 * The ids a file lists: one a line (blank lines and `#` comments skipped), or, when it has a
 * `#guid column:N` header (Anki's "Notes in Plain Text" export with unique identifiers, or our
 * own anki.txt), the guid column of every note row.
 */
export function parseIdList(raw: string, file: string): IdList {
  const text = raw.replace(/^\uFEFF/, '');
  const header = new Map<string, string>();
  const lines = text.split(/\r\n|\n|\r/);
  let headerLines = 0;
  for (const line of lines) {
    const m = /^#([^:]+):(.*)$/.exec(line);
    if (!line.startsWith('#')) break;
    if (m) header.set(m[1].trim().toLowerCase(), m[2].trim());
    headerLines++;
  }
  const guidColumn = header.get('guid column');
  if (guidColumn === undefined) {
    const entries = lines
      .map((l, i) => ({ id: l.trim(), line: i + 1 }))
      .filter((e) => e.id && !e.id.startsWith('#'));
    return checked({ file, entries });
  }
  const column = Number(guidColumn);
  if (!Number.isInteger(column) || column < 1) {
    throw new StudyguideError(`"#guid column:${guidColumn}" is not a column number`, { file, line: lineOf(lines, 'guid column'), hint: 'Anki writes it as #guid column:1' });
  }
  const sepName = header.get('separator') ?? 'tab';
  const delimiter = SEPARATORS[sepName.toLowerCase()] ?? (sepName.length === 1 ? sepName : undefined);
  if (!delimiter) throw new StudyguideError(`unknown separator "${sepName}"`, { file, line: lineOf(lines, 'separator'), hint: `use one of ${Object.keys(SEPARATORS).join(', ')}` });
  const body = lines.slice(headerLines).join('\n');
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, raw: true }) as unknown as typeof records;
  } catch (err) {
    const line = Number(/line (\d+)/.exec(String(err))?.[1] ?? 0) + headerLines;
    throw new StudyguideError(`cannot read the notes export (${(err as Error).message.split('\n')[0]})`, { file, line: line || undefined, hint: 'export again from Anki: Notes in Plain Text, with "Include unique identifier"' });
  }
  const entries = records
    // info.lines is where a record ends; a quoted field may have spanned lines before it.
    .map(({ record, raw, info }) => ({ id: (record[column - 1] ?? '').trim(), line: info.lines - lineBreaks(raw.replace(/(\r\n|\n|\r)$/, '')) + headerLines }))
    .filter((e) => e.id);
  return checked({ file, entries });
}

const lineBreaks = (text: string): number => text.split(/\r\n|\n|\r/).length - 1;

function checked(list: IdList): IdList {
  if (list.entries.length === 0) {
    throw new StudyguideError('the --only-ids file lists no ids', { file: list.file, hint: 'write one question Id or guid a line, or export the notes from Anki with "Include unique identifier"' });
  }
  return list;
}

function lineOf(lines: string[], key: string): number {
  return lines.findIndex((l) => l.toLowerCase().startsWith(`#${key}`)) + 1;
}

/** The entries that name none of these questions (for the unknown-id warning). */
export function unknownIds(list: IdList, questions: Question[]): ListedId[] {
  const known = new Set(questions.flatMap((q) => [q.guid, q.id, q.id.replace(/^q-/, ''), ...(q.explicitId ? [q.explicitId] : [])]));
  return list.entries.filter((e) => !known.has(e.id));
}
