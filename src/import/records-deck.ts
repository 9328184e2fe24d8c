import { contentError } from '../errors.js';
import { checkFieldLength } from './field-limit.js';
import type { Diagnostic } from '../model/deck.js';
import { joinWithOrigins, type Origin } from './bank-lines.js';
import { oneLine, QUESTION_KEYS, recordQuestions, recordsOf, unreadFieldsMessage } from '../content/record-fields.js';

/**
 * A bank's records (parsed from JSON or YAML) → a deck in our format, and a warning for each
 * record it could not read as a question, at `lineOf(index)` (JSON gives no line per entry: 1),
 * and one for the fields no record's question reads, at `fieldLine` of the first (else its record's line).
 */
export function recordsToDeck(
  data: unknown,
  file: string,
  kind: 'JSON' | 'YAML',
  lineOf: (index: number) => number,
  fieldLine: (key: string) => number | undefined = () => undefined,
): { markdown: string; origins: Origin[]; diagnostics: Diagnostic[] } {
  const { title, items } = recordsOf(data);
  items.forEach(({ item }, i) => {
    const where = kind === 'JSON' ? `entry ${i + 1}` : `the record`;
    for (const [key, value] of typeof item === 'string' ? [['question', item] as const] : item && typeof item === 'object' ? Object.entries(item) : [])
      for (const one of Array.isArray(value) ? value : [value])
        if (typeof one === 'string') checkFieldLength(one, file, lineOf(i), `${where}'s "${key}" field`);
  });
  const { questions, missing, unread } = recordQuestions(items);
  const diagnostics: Diagnostic[] = missing.map((i) => ({
    file,
    line: lineOf(i),
    severity: 'warning',
    code: 'left-out',
    message: `entry ${i + 1} of the list has no question field (${QUESTION_KEYS.join(', ')}); left out`,
  }));
  const message = unreadFieldsMessage(unread);
  if (message) diagnostics.push({ file, line: fieldLine(unread[0].key) ?? lineOf(unread[0].index), severity: 'warning', code: 'left-out', message });
  // Else the empty deck failed as "a JSON bank is not a markdown deck — import it first", to a user importing it.
  if (!questions.length) {
    throw contentError(
      file,
      1,
      items.length
        ? `${items.length === 1 ? 'the one entry' : `none of the ${items.length} entries`} of this ${kind} has ${items.length === 1 ? 'no' : 'a'} question field (${QUESTION_KEYS.join(', ')})`
        : `this ${kind} holds no list of questions`,
      kind === 'JSON'
        ? 'write it as [{ "question": "…", "answer": "…" }, …] or { "questions": [ … ] }'
        : 'write it as a list of records: - question: …⏎  answer: …',
    );
  }
  // Each line written with the record it came from (JSON gives no line per entry: its place in the list), so what the deck's reading finds is said there.
  const sections = new Map<string, (readonly [string, Origin])[]>();
  for (const q of questions) {
    const origin = { line: lineOf(q.index), ...(kind === 'JSON' ? { entry: q.index + 1 } : {}) };
    const lines = sections.get(q.section ?? 'Questions') ?? [];
    sections.set(q.section ?? 'Questions', lines);
    for (const l of q.lines) lines.push([l, origin]);
  }
  const top = { line: 1 };
  const markdown = [
    ...(title ? [[`# ${title}`, top] as const, ['', top] as const] : []),
    ...[...sections].flatMap(([name, lines]) => [[`## ${oneLine(name)}`, lines[0][1]] as const, ['', lines[0][1]] as const, ...lines]),
  ];
  return { ...joinWithOrigins(markdown), diagnostics };
}
