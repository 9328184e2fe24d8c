import type { Diagnostic } from '../model/deck.js';

/** A deck pasted whole inside a ```markdown block, and where the words around that block stood. */
export interface FencedDeck {
  /** The file with the fence lines and the words around the block blanked (lines keep their numbers). */
  text: string;
  /** 1-based lines outside the block that held words, now left out. */
  leftOut: number[];
}

const OPENING = /^ {0,3}(`{3,}|~{3,})\s*(?:markdown|md)\s*$/i;
const HEADING = /^ {0,3}#{1,6}[ \t]+\S/;

/**
 * A bank pasted from a chat as one ```markdown block ("Here are the questions…", the block, "Let
 * me know…"): markdown reads it all as code, so no question is found. When the block holds at
 * least two headings and nothing outside it is a heading, the block is the deck. It is taken up
 * to the last bare fence of its kind, as the inner code blocks (```sh … ```) close it early in
 * markdown's reading. Undefined when the file is not such a block.
 */
export function unwrapFencedDeck(text: string): FencedDeck | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => OPENING.test(line.replace(/\r$/, '')));
  if (start < 0) return undefined;
  const fence = OPENING.exec(lines[start].replace(/\r$/, ''))![1];
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
  let end = lines.length;
  for (let i = lines.length - 1; i > start; i--) {
    if (closing.test(lines[i].replace(/\r$/, ''))) {
      end = i;
      break;
    }
  }
  const inside = lines.slice(start + 1, end);
  const outside = [...lines.slice(0, start), ...lines.slice(end + 1)];
  if (inside.filter((line) => HEADING.test(line)).length < 2 || outside.some((line) => HEADING.test(line))) return undefined;
  const leftOut: number[] = [];
  const kept = lines.map((line, i) => {
    if (i > start && i < end) return line;
    if (i !== start && i !== end && line.trim()) leftOut.push(i + 1);
    return '';
  });
  return { text: kept.join('\n'), leftOut };
}

/** The warning that says what around the block was left out, if anything was. */
export function fencedDeckWarning(file: string, fenced: FencedDeck | undefined): Diagnostic | undefined {
  if (!fenced?.leftOut.length) return undefined;
  const [first] = fenced.leftOut;
  const lines = fenced.leftOut.length === 1 ? `line ${first}` : `lines ${fenced.leftOut.join(', ')}`;
  return { file, line: first, severity: 'warning', code: 'left-out', message: `the deck is read from its \`\`\`markdown block; the text around it (${lines}) is left out` };
}
