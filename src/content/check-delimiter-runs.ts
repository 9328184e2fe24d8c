import { contentError } from '../errors.js';
import { fencedBlockEnd } from './check-nesting.js';

/** Most runs of `*`, `_` or `~` one paragraph may hold; real prose stays far below it. */
export const MAX_DELIMITER_RUNS = 5_000;
/** Most link brackets `[` one paragraph may hold: 5,000 nested ones still took 7 s to parse, 2,000 about 1 s. */
export const MAX_BRACKETS = 2_000;
/**
 * Longest run of `*`, `_` or `~` marks in a line of text: 10,000 `*` either side of a word nest
 * 5,000 emphases, which ran 12 s of CPU into "nested too deeply to read" with no line; 1,000 build in 3 s.
 */
export const MAX_RUN_MARKS = 1_000;

// A run of emphasis or strikethrough marks not escaped by a backslash.
const RUN = /(?<!\\)[*_~]+/g;
// A link's opening bracket, not escaped: the parser looks back over the open ones at each `]`.
const BRACKET = /(?<!\\)\[/g;
// A line that starts a block of its own: a table row, heading, list item or quote.
const BLOCK_START = /^[ \t]*(?:\||#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|>)/;
// A heading is one line: the line after it starts anew.
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * Refuses a paragraph with thousands of `*`, `_` or `~` marks before the markdown parser sees it:
 * pairing emphasis marks costs the square of their number within one paragraph (100 KB of "*a"
 * took 45 s), so a hostile deck could hold a build for minutes. Each table row, list item and
 * heading is counted on its own, as the parser pairs marks there; closed code fences are skipped.
 * Link brackets (`[`) are counted the same way, against MAX_BRACKETS.
 */
export function checkDelimiterRuns(text: string, file: string): void {
  const lines = text.split('\n');
  const budget = { lines: 2 * lines.length };
  let runs = 0;
  let brackets = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const end = fencedBlockEnd(lines, i, budget);
    if (end !== undefined) {
      i = end;
      runs = 0;
      brackets = 0;
      start = end + 1;
      continue;
    }
    const line = lines[i];
    if (!line.trim() || BLOCK_START.test(line) || HEADING.test(lines[i - 1] ?? '')) {
      runs = 0;
      brackets = 0;
      start = line.trim() ? i : i + 1;
    }
    const found = line.match(RUN) ?? [];
    runs += found.length;
    // A line of marks alone is a rule (`*****`), not emphasis.
    const longest = found.reduce((most, run) => Math.max(most, run.length), 0);
    if (longest > MAX_RUN_MARKS && !/^[\s*_~-]*$/.test(line)) {
      throw contentError(file, i + 1, `a run of ${longest.toLocaleString('en-US')} * _ or ~ marks, over the ${MAX_RUN_MARKS.toLocaleString('en-US')} limit`, 'escape literal marks as \\* \\_ \\~, or put the text in a ``` code block');
    }
    brackets += line.includes('[') ? (line.match(BRACKET)?.length ?? 0) : 0;
    if (brackets > MAX_BRACKETS) {
      throw contentError(file, start + 1, `paragraph holds more than ${MAX_BRACKETS} [ brackets`, 'escape literal brackets as \\[, put the text in a ``` code block, or split the paragraph');
    }
    if (runs > MAX_DELIMITER_RUNS) {
      throw contentError(file, start + 1, `paragraph holds more than ${MAX_DELIMITER_RUNS} runs of * _ or ~ marks`, 'escape literal marks as \\* \\_ \\~, put the text in a ``` code block, or split the paragraph');
    }
  }
}
