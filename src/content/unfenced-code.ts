import type { Code, Root, RootContent } from 'mdast';
import { replaceBlocks } from './replace-blocks.js';
import { shiftPositions } from './split-markdown.js';

// Banks typed in a plain editor write code with no fence, on the lines of an answer
// (`x = 'hola, '⏎x /= 'mundo'⏎Falso`): markdown runs it into one paragraph ("x = 'hola, ' x /=
// 'mundo' Falso"), its indents lost. Two or more lines in a row that read as code are put back
// as a code block, as the file writes them; the lines around them stay text.

// `x = 1`, `total += n`, `a == b`: a name, then an assignment or a comparison.
const ASSIGNS = /^[A-Za-z_$][\w$.[\]'"]*\s*(?:[-+*/%|&^]?=|==|!=|<=|>=)\s*\S/;
// `print(x)`, `console.log(a.length);`: a call alone on its line.
const CALLS = /^[A-Za-z_$][\w$.]*\(.*\)\s*;?$/;
// A statement opening with a keyword, written as code writes it (`for i in range(n):`, `return x;`, `SELECT … FROM`).
const KEYWORD = /^(?:def|class|for|while|if|elif|else|try|except|finally|with|return|yield|import|from|let|const|var|function|public|private|static|void|int|double|String)\b.*(?:[:;{(=]|\))$/;
const SQL = /^(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE (?:TABLE|INDEX|VIEW)|ALTER TABLE|DROP TABLE|WITH)\b/;
// A line that ends as code lines do: a statement of one word and a semicolon (`n++;`, `break;`), or a brace alone or at the end.
const CLOSES = /^(?:\S+;|[{}].*|.*\{)$/;

/** Whether a line, its indent taken off, reads as code. */
export function codeLine(line: string): boolean {
  const text = line.trim();
  // A code span (`` `x = 1` ``) is markdown: the line is prose about code.
  return !!text && !text.includes('`') && (ASSIGNS.test(text) || CALLS.test(text) || keywordStatement(text) || SQL.test(text) || CLOSES.test(text));
}

/**
 * A keyword statement; one ending in `)` only as code ends so: a condition in brackets right after
 * its keyword (`if (n > 0)`) or a call (`for x in range(n)`). Hard-wrapped prose ends lines on a
 * remark in brackets after a space ("for up to three attempts (with backoff)").
 */
function keywordStatement(text: string): boolean {
  if (!KEYWORD.test(text)) return false;
  return !text.endsWith(')') || /^(?:if|elif|for|while|switch|catch|with)\s*\(/.test(text) || /[\w$\]]\([^()]*\)$/.test(text);
}

/** The runs of two or more code lines in a row, as [from, to) line indexes; a deeper-indented line after a code line goes on with it (`yield i` under `for …:`). */
function codeRuns(lines: string[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!codeLine(lines[i])) {
      i++;
      continue;
    }
    const from = i;
    const indent = (l: string) => /^\s*/.exec(l)![0].length;
    i++;
    while (i < lines.length && (codeLine(lines[i]) || (lines[i].trim() && indent(lines[i]) > indent(lines[from])))) i++;
    if (i - from >= 2) runs.push([from, i]);
  }
  return runs;
}

/** A line's indent in spaces, tabs stopping every 4 columns as markdown counts them. */
function spaced(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0];
  const width = [...indent].reduce((col, c) => (c === '\t' ? col + 4 - (col % 4) : col + 1), 0);
  return ' '.repeat(width) + line.slice(indent.length);
}

/** A block's lines without the indent they all share. */
function dedent(lines: string[]): string {
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** Puts back as code blocks the code lines a paragraph holds (see above). `parse` reads the text around them. */
export function restoreUnfencedCode(tree: Root, source: string, parse: (text: string) => Root): Root {
  return replaceBlocks(tree, (node) => (node.type === 'paragraph' ? unfencedCode(node, source, parse) : undefined));
}

function unfencedCode(node: RootContent, source: string, parse: (text: string) => Root): RootContent[] | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  // The paragraph's own lines: those after the first lose the indent of the list item holding it.
  const raw = source.slice(start.offset, end.offset).split(/\r?\n/);
  const lines = raw.map((line, i) => (i ? spaced(line).replace(new RegExp(`^ {0,${start.column - 1}}`), '') : line));
  const runs = codeRuns(lines);
  if (!runs.length) return undefined;
  // Where each line starts in the file, to place the blocks made from them.
  const offsets: number[] = [];
  raw.reduce((at, line) => (offsets.push(at), at + line.length + 1), start.offset);
  const text = (from: number, to: number): RootContent[] => {
    if (from >= to || !lines.slice(from, to).some((l) => l.trim())) return [];
    const lead = raw[from].length - lines[from].length;
    return parse(lines.slice(from, to).join('\n')).children.map((child) => shiftPositions(child, start.line + from - 1, offsets[from] + lead));
  };
  const out: RootContent[] = [];
  let at = 0;
  for (const [from, to] of runs) {
    out.push(...text(at, from));
    const code: Code = {
      type: 'code',
      lang: null,
      meta: null,
      value: dedent(lines.slice(from, to)),
      position: {
        start: { line: start.line + from, column: 1, offset: offsets[from] },
        end: { line: start.line + to - 1, column: raw[to - 1].length + 1, offset: offsets[to - 1] + raw[to - 1].length },
      },
    };
    out.push(code);
    at = to;
  }
  out.push(...text(at, lines.length));
  return out;
}
