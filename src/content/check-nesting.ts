import { contentError } from '../errors.js';

/** Deepest list/quote nesting a deck may use; real decks stay far below it. */
export const MAX_NESTING = 100;

// One container opener at the start of a line: a quote marker or a list bullet/number.
const OPENER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
/** A fence line: what stands before it (quote markers, list bullets, indentation), the fence, the rest. */
const FENCE = /^([ \t>*+\-\d.)]*?)(`{3,}|~{3,})(.*)$/;

/**
 * Refuses absurdly deep lists and quotes before the markdown parser sees them: its cost grows
 * with the square of the depth, so a hostile 5,000-level deck would take minutes and then fail
 * anyway. Indentation counts too (two columns a level), outside fenced code. Only a fence that
 * is closed, in the same container, with every line between inside that container, is skipped:
 * a stray or unclosed fence line is checked like any other, so it cannot switch the check off.
 */
export function checkNesting(text: string, file: string): void {
  const lines = text.split('\n');
  // Looking for closing fences costs at most two passes over the deck in all: a deck of
  // thousands of unclosed fences would otherwise cost the square of its length. Past that
  // budget no fence is skipped, which only means more lines are checked.
  const budget = { lines: 2 * lines.length };
  for (let i = 0; i < lines.length; i++) {
    const end = fencedBlockEnd(lines, i, budget);
    if (end !== undefined) {
      i = end;
      continue;
    }
    if (nestingDepth(lines[i]) > MAX_NESTING) {
      throw contentError(file, i + 1, `lists or quotes nested more than ${MAX_NESTING} levels deep`, 'flatten the nesting; split long answers into paragraphs');
    }
  }
}

/** The container a fence sits in: how many quote markers, then how wide the list indentation is. */
interface Container {
  quotes: number;
  width: number;
}

/** Index of the closing fence when lines[start] opens a fenced block that is properly closed (`budget.lines` bounds the search over a whole deck). */
export function fencedBlockEnd(lines: string[], start: number, budget: { lines: number }): number | undefined {
  const open = FENCE.exec(lines[start]);
  if (!open) return undefined;
  const [, prefix, fence, info] = open;
  // A backtick fence's info string holds no backtick: "```a`b" is inline code, not a fence.
  if (fence[0] === '`' && info.includes('`')) return undefined;
  const box = containerOf(prefix);
  for (let j = start + 1; j < lines.length; j++) {
    if (--budget.lines < 0) return undefined;
    const inner = inside(lines[j], box);
    if (inner === undefined) return undefined; // the container ended before the fence closed
    const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(inner);
    if (close && close[1][0] === fence[0] && close[1].length >= fence.length) return j;
  }
  return undefined;
}

/** Quote markers in a fence's prefix, and the columns its list markers and indentation take after them. */
function containerOf(prefix: string): Container {
  const lastQuote = prefix.lastIndexOf('>');
  const quotes = [...prefix].filter((c) => c === '>').length;
  // After a quote marker one optional space belongs to the marker; the rest is list indentation.
  const after = prefix.slice(lastQuote + 1).replace(lastQuote >= 0 ? /^[ \t]/ : /^$/, '');
  const listPart = after.replace(/^[ \t]{0,3}$/, ''); // up to 3 spaces alone are no container
  return { quotes, width: columns(listPart.replace(/[^ \t]/g, ' ')) };
}

/** The line with its container's markers and indentation removed, or undefined when it is outside it. */
function inside(line: string, box: Container): string | undefined {
  let rest = line;
  for (let q = 0; q < box.quotes; q++) {
    const m = /^ {0,3}>[ \t]?/.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
  }
  if (!rest.trim()) return '';
  const indent = /^[ \t]*/.exec(rest)![0];
  if (columns(indent) < box.width) return undefined;
  return ' '.repeat(columns(indent) - box.width) + rest.slice(indent.length);
}

const columns = (s: string): number => s.replace(/\t/g, '    ').length;

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
