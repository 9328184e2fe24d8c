// The answers half of a bank kept in two files (content/answers-sibling.ts): numbered answers,
// each opened by a heading (`# Answer 1.`, `## 2. …`, `### A3:`), a bold number (`**Answer 4.**`)
// or a numbered list item (`5. The answer …`). Read as lines, then written as our own format
// (`### answer` over each body) for the parser, every line keeping the line it came from.

/** One numbered answer: the line that opens it and its lines (the text after its number first, when it has some). */
export interface AnswerEntry {
  number: number;
  line: number;
  lines: { text: string; line: number }[];
  /** The heading over it that opens no answer (`## CSS`), where the file has one: answers numbered anew in each section pair by it. */
  section?: string;
}

/** What an answers file holds: its answers in order, and the first line of text that belongs to none. */
export interface AnswersFile {
  entries: AnswerEntry[];
  /** A line of text above the first answer or under a heading that is no answer (left out, said). */
  strayLine?: number;
}

/** The word an answer may open with before its number, in the languages banks are written in. */
const LABEL = String.raw`(?:answers?|ans|a|antwort|respuesta|r[ée]ponse|resposta|risposta|antwoord|odpowied[źz]|cevap|jawaban|ответ|відповідь|答案|回答|解答|解析)`;
/** `Answer 1.`, `Answer to question 2:`, `A3)`, `1.`, `#4 –` and the text after it. */
const NUMBERED = new RegExp(
  String.raw`^(?:\*\*|__)?[ \t]*(?:(${LABEL})[ \t]*(?:(?:to|for)[ \t]+)?(?:question|q)?[ \t.:]*)?(?:no\.?[ \t]*|#|№[ \t]*)?(\d{1,4})(?![\d.]\d)[ \t]*(?:\*\*|__)?[ \t]*([.):：、\-–—]?)[ \t]*(?:\*\*|__)?[ \t]*(.*)$`,
  'iu',
);

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^(\d{1,4})[.)]([ \t]+)(.*)$/;
const BOLD = /^(?:\*\*|__)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The number and the rest of a line that opens an answer, or undefined: a bare year or count (`2023 Update`) opens none. */
function numbered(content: string): { number: number; rest: string } | undefined {
  const m = NUMBERED.exec(content.trim());
  if (!m) return undefined;
  const [, label, digits, separator, rest] = m;
  if (!label && !separator && rest) return undefined;
  return { number: Number(digits), rest: rest.replace(/(?:\*\*|__)$/, '').trim() };
}

/** Each line's kind, fenced code aside: a heading's depth, or whether it is an answer's opening. */
function scan(lines: string[]): { inFence: boolean[] } {
  const inFence: boolean[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const m = FENCE.exec(line);
    if (fence) {
      inFence.push(true);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && !line.slice(line.indexOf(m[1]) + m[1].length).trim()) fence = undefined;
    } else {
      inFence.push(!!m);
      if (m) fence = m[1];
    }
  }
  return { inFence };
}

/**
 * A heading in an answer: a sentence set large (`### It installs exactly what …`, as such files
 * write their answers) is a paragraph; a short title stays a heading, below the question's in our format.
 */
function bodyHeading(line: string): string {
  const m = HEADING.exec(line);
  if (!m) return line;
  const words = m[2].trim().split(/\s+/);
  return words.length > 4 || /[.!?:。！？：]$/.test(m[2].trim()) ? m[2].trim() : `${'#'.repeat(Math.max(4, m[1].length))} ${m[2].trim()}`;
}

/** The answers an answers file holds, read in the shape most of its numbered lines have. */
export function readAnswersFile(text: string): AnswersFile {
  const lines = text.split('\n');
  const { inFence } = scan(lines);
  // Candidates of each shape: headings by depth, bold numbers, numbered list items.
  const byShape = new Map<string, Opening[]>();
  const add = (shape: string, index: number, found: { number: number; rest: string }, indent = 0) => {
    byShape.set(shape, [...(byShape.get(shape) ?? []), { index, ...found, indent }]);
  };
  lines.forEach((line, index) => {
    if (inFence[index]) return;
    const heading = HEADING.exec(line);
    const found = heading ? numbered(heading[2]) : BOLD.test(line) ? numbered(line) : undefined;
    if (heading && found) add(`h${heading[1].length}`, index, found);
    else if (!heading && found && BOLD.test(line) && /^(?:\*\*|__)[^*_]*\d[^*_]*(?:\*\*|__)/.test(line)) add('bold', index, found);
    const item = LIST_ITEM.exec(line);
    if (item) add('list', index, { number: Number(item[1]), rest: item[3].trim() }, item[1].length + 1 + item[2].length);
  });
  // Headings first (the depth with most answers, the shallowest of equals), then bold numbers, then
  // list items; a shape opening one answer gives way to one opening several (`# Answers 2024` over `## 1.` …).
  const headings = [...byShape.entries()].filter(([s]) => s.startsWith('h')).sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const shapes = [...headings.slice(0, 1), ...(['bold', 'list'] as const).flatMap((s): [string, Opening[]][] => (byShape.has(s) ? [[s, byShape.get(s)!]] : []))];
  const [shape, openings] = shapes.find(([, o]) => o.length >= 2) ?? shapes[0] ?? ['none', []];
  const depth = shape.startsWith('h') ? Number(shape.slice(1)) : 7;
  const entries: AnswerEntry[] = [];
  let strayLine: number | undefined;
  let current: (AnswerEntry & { indent: number }) | undefined;
  let section: string | undefined;
  const starts = new Map(openings.map((o) => [o.index, o]));
  lines.forEach((line, index) => {
    const opening = starts.get(index);
    if (opening) {
      current = { number: opening.number, line: index + 1, lines: [], indent: opening.indent, ...(section === undefined ? {} : { section }) };
      // A heading that asks again (`## 1. What is a pod?`) restates the question: the answer is below it.
      if (opening.rest && !(shape.startsWith('h') && /[?？]$/u.test(opening.rest))) current.lines.push({ text: opening.rest, line: index + 1 });
      entries.push(current);
      return;
    }
    const heading = inFence[index] ? undefined : HEADING.exec(line);
    // A heading as deep as the answers' or shallower that opens none (a section's name) ends the answer above;
    // under numbered list items, any heading at the margin does (markdown ends the item there).
    if (heading && (shape === 'list' ? !/^\s/.test(line) : heading[1].length <= depth)) {
      current = undefined;
      section = heading[2].trim();
      return;
    }
    if (!current) {
      if (line.trim() && !heading) strayLine ??= index + 1;
      return;
    }
    // A list item's lines are indented under its text: taken back to the margin.
    const indent = current.indent && line.startsWith(' '.repeat(current.indent)) ? current.indent : 0;
    const own = line.slice(indent);
    const demoted = inFence[index] ? own : bodyHeading(own);
    current.lines.push({ text: demoted, line: index + 1 });
  });
  return { entries: entries.map(({ number, line, lines: body, section: under }) => ({ number, line, lines: body, ...(under === undefined ? {} : { section: under }) })), ...(strayLine ? { strayLine } : {}) };
}

/** A line that may open an answer: its index, number, the text after the number, and the indent of a list item's text. */
interface Opening {
  index: number;
  number: number;
  rest: string;
  indent: number;
}

/** True when an answer holds any text. */
export const hasText = (entry: AnswerEntry): boolean => entry.lines.some((l) => l.text.trim());

/** The answers written as our format, one `### answer` each (those with text), and the line each line of it came from. */
export function answersAsDeck(entries: AnswerEntry[]): { text: string; lineOf: number[] } {
  const out: string[] = [];
  const lineOf: number[] = [];
  for (const entry of entries.filter(hasText)) {
    out.push('### answer', '');
    lineOf.push(entry.line, entry.line);
    for (const l of entry.lines) {
      out.push(l.text);
      lineOf.push(l.line);
    }
    out.push('');
    lineOf.push(entry.lines.at(-1)?.line ?? entry.line);
  }
  return { text: out.join('\n'), lineOf };
}
