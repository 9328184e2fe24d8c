import { contentError } from '../errors.js';

/** Deepest list/quote nesting a deck may use; real decks stay far below it. */
export const MAX_NESTING = 100;

// One container opener at the start of a line: a quote marker or a list bullet/number.
const OPENER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const FENCE = /^[ \t>*+\-\d.)]*(`{3,}|~{3,})/;

/**
 * Refuses absurdly deep lists and quotes before the markdown parser sees them: its cost grows
 * with the square of the depth, so a hostile 5,000-level deck would take minutes and then fail
 * anyway. Indentation counts too (two columns a level), outside fenced code.
 */
export function checkNesting(text: string, file: string): void {
  let fence: string | undefined;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    const f = FENCE.exec(line);
    if (f && (!fence || f[1].startsWith(fence))) {
      fence = fence ? undefined : f[1][0].repeat(3);
      continue;
    }
    if (fence) continue;
    const depth = nestingDepth(line);
    if (depth > MAX_NESTING) {
      throw contentError(file, lineNo, `lists or quotes nested more than ${MAX_NESTING} levels deep`, 'flatten the nesting; split long answers into paragraphs');
    }
  }
}

function nestingDepth(line: string): number {
  let depth = 0;
  let rest = line;
  let indent = 0;
  for (;;) {
    const ws = /^[ \t]*/.exec(rest)![0];
    indent += ws.replace(/\t/g, '    ').length;
    const m = OPENER.exec(rest);
    if (!m) break;
    depth++;
    rest = rest.slice(m[0].length);
    if (depth > MAX_NESTING) break;
  }
  return depth + Math.floor(indent / 2);
}
