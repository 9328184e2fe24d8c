import { contentError, type StudyguideError } from '../errors.js';
import { fencedLines } from './fences.js';

// Where a box opens: an admonition (`!!! example`, `??? note "Tip"`), a callout (`> [!example]`), a container (`:::note`), a `<details>` summary.
const BOX_OPENING = /^(?:(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)(?:[ \t]+"([^"]*)")?|>[ \t]*\[!([\w-]+)\][+-]?[ \t]*(.*)|:::+[ \t]*([\w-]+)[ \t]*(.*)|.*<summary\b[^>]*>([^<]*))/;

// A code span on a line, its backticks matched.
const CODE_SPAN = /(`+)[^`]+?\1/g;

/**
 * A deck with no questions whose text stands in boxes (`!!! example` under topic headings, `<details><summary>Example</summary>`
 * alone): the error says that no box asks (its kind and title name an aside), so the reader knows why nothing was read,
 * rather than the plain "no questions". Undefined when the file holds no box.
 */
export function asideBoxesOnly(file: string, lines: string[]): StudyguideError | undefined {
  // A box shown as code (its markup in a fenced block, `<summary>` in a code span) is no box of the deck.
  const fenced = fencedLines(lines);
  const boxes = lines.flatMap((line, i) => {
    const m = fenced[i] ? null : BOX_OPENING.exec(line.replace(CODE_SPAN, ''));
    if (!m) return [];
    const kind = m[1] ?? m[3] ?? m[5];
    const title = (m[2] ?? m[4] ?? m[6] ?? m[7] ?? '').trim();
    return [{ line: i + 1, name: kind ? `${kind}${title ? ` "${title}"` : ''}` : `<details> "${title}"` }];
  });
  if (!boxes.length) return undefined;
  const names = [...new Set(boxes.map((b) => b.name))];
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  return contentError(
    file,
    boxes[0].line,
    `deck has no questions: none of its ${boxes.length} box${boxes.length === 1 ? '' : 'es'} (${shown}) asks — a box's kind and title name an aside, not a question`,
    'give each box a title that asks (`??? question "What is …?"`, `<summary>What is …?</summary>`), or write the questions as "### Question?" headings over their boxes',
  );
}
