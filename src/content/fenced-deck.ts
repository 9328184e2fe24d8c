import type { Diagnostic } from '../model/deck.js';
import { clip } from './text.js';
import { CHAT_CLOSING } from './layouts/chat-lines.js';

/** A deck pasted whole inside a ```markdown block, and where the words around that block stood. */
export interface FencedDeck {
  /** The file with the fence lines and the words around the block blanked (lines keep their numbers). */
  text: string;
  /** 1-based lines outside the block that held words, now left out. */
  leftOut: number[];
  /** Paragraphs of chat after the block's closing fence (or closing a block never closed), left out: where each starts and what it says. */
  chat: { line: number; text: string }[];
}

const OPENING = /^ {0,3}(`{3,}|~{3,})\s*(?:markdown|md)\s*$/i;
const HEADING = /^ {0,3}#{1,6}[ \t]+\S/;
const TITLE = /^ {0,3}#[ \t]+\S/;

/**
 * A bank pasted from a chat as one ```markdown block ("Here are the questions…", the block, "Let
 * me know…"): markdown reads it all as code, so no question is found. When the block holds at
 * least two headings and nothing before it is a heading, the block is the deck. Its inner code
 * blocks (```sh … ```) close it early in markdown's reading, so it ends at the last bare fence
 * met while no inner block is open (closing-fences.ts). What follows it is more of the deck when
 * it holds a heading (a second bank under its own `#` title), else chat, left out. Undefined
 * when the file is not such a block.
 */
export function unwrapFencedDeck(text: string): FencedDeck | undefined {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const start = lines.findIndex((line) => OPENING.test(line));
  if (start < 0) return undefined;
  const fence = OPENING.exec(lines[start])![1];
  const end = wrapperEnd(lines, start, fence);
  const inside = lines.slice(start + 1, end);
  if (inside.filter((line) => HEADING.test(line)).length < 2 || lines.slice(0, start).some((line) => HEADING.test(line))) return undefined;
  // A second bank after the block (`# Shell Scripting Quick Round` over its Q/A pairs) is read with it;
  // headings after it of any other kind (a deck under an example of one) leave the file alone.
  const after = lines.slice(end + 1).find((line) => HEADING.test(line));
  if (after && !TITLE.test(after)) return undefined;
  const more = after !== undefined;
  const leftOut: number[] = [];
  const raw = text.split('\n');
  const kept = raw.map((line, i) => {
    if ((i > start && i < end) || (more && i > end)) return line;
    if (i !== start && i !== end && line.trim()) leftOut.push(i + 1);
    return '';
  });
  // Chat the assistant wrote after its block ("These should give you a solid footing…") reads as
  // the last answer's words: between the block and a second bank's title, and closing the file
  // when the rest of it is read (a second bank, or a block never closed).
  const chat: FencedDeck['chat'] = [];
  const cut = (from: number, to: number) => {
    for (let i = from; i < to; i++) kept[i] = '';
    chat.push({ line: from + 1, text: raw.slice(from, to).join(' ') });
  };
  if (more) {
    const title = lines.findIndex((line, i) => i > end && TITLE.test(line));
    for (const [from, to] of paragraphs(lines, end + 1, title)) if (chatProse(lines.slice(from, to))) cut(from, to);
  }
  if (more || end === lines.length) {
    const last = paragraphs(lines, start + 1, lines.length).at(-1);
    const earlier = last && lines.slice(start + 1, last[0]).some((line) => line.trim());
    if (last && earlier && !chat.some((c) => c.line === last[0] + 1) && chatProse(lines.slice(...last))) cut(...last);
  }
  return { text: kept.join('\n'), leftOut, chat };
}

/** Runs of non-blank lines in lines[from, to) as [start, end) index pairs. */
function paragraphs(lines: string[], from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (!lines[i].trim()) continue;
    let j = i;
    while (j < to && lines[j].trim()) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

// What a bank's own text is built of: headings, list items, Q:/A: labels, code, tables, quotes.
const STRUCTURE = /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||`{3,}|~{3,}|(?:\*\*|__)?(?:Q|A|Q\d+|Question|Answer|Ans)\b[^:\n]{0,20}[:：.])/i;
// Words to the reader ("you", "your") …
const TO_READER = /\b(?:you|your|you'll|you're|yourself)\b/i;
// … about the bank itself or the interview it prepares for.
const ABOUT_BANK = /\b(?:these|this|the above|all|both)\s+(?:\w+\s+)?(?:questions?|answers?|topics?|rounds?|sets?|lists?|banks?|cards?)\b|\binterview|\bprepar|\bpractis|\bpractic|\bgood luck\b|\blet me know\b/i;

/** A paragraph of chat to the reader about the bank, with no question structure: not the bank's text. */
function chatProse(paragraph: string[]): boolean {
  const text = paragraph.join(' ');
  // A known sign-off ("Let me know if…") is left out where the bank is read (layouts/chat-lines.ts).
  if (CHAT_CLOSING.test(text.trim())) return false;
  return !paragraph.some((line) => STRUCTURE.test(line)) && TO_READER.test(text) && ABOUT_BANK.test(text) && text.length <= 600;
}

/**
 * The line that closes the wrapper opened at `start` with `fence`: the last bare fence of its kind
 * met while no inner block is open (an inner block opens with a fence naming its language, a bare
 * fence closes it). Taking the last such fence keeps inner blocks opened bare (``` over code)
 * inside; a later block that names its language (a second bank's ```bash) stays outside. The end
 * of the file when no fence closes it.
 */
function wrapperEnd(lines: string[], start: number, fence: string): number {
  const mark = fence[0] === '`' ? '`' : '~';
  const bare = new RegExp(`^ {0,3}${mark}{${fence.length},}\\s*$`);
  const named = /^ {0,3}(`{3,}|~{3,})\s*[^\s`~]/;
  let inner: string | undefined;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (inner) {
      if (new RegExp(`^ {0,3}${inner[0] === '`' ? '`' : '~'}{${inner.length},}\\s*$`).test(line)) inner = undefined;
    } else if (bare.test(line)) end = i;
    else if (named.test(line)) inner = named.exec(line)![1];
  }
  return end;
}

/** A warning for each paragraph of chat after the block, left out. */
export function fencedChatWarnings(file: string, fenced: FencedDeck | undefined): Diagnostic[] {
  return (fenced?.chat ?? []).map(({ line, text }) => ({
    file,
    line,
    severity: 'warning',
    code: 'left-out',
    message: `chat after the \`\`\`markdown block left out ("${clip(text.replace(/\s+/g, ' ').trim(), 40)}") — it is not part of the bank`,
  }));
}

/** The warning that says what around the block was left out, if anything was. */
export function fencedDeckWarning(file: string, fenced: FencedDeck | undefined): Diagnostic | undefined {
  if (!fenced?.leftOut.length) return undefined;
  const [first] = fenced.leftOut;
  const lines = fenced.leftOut.length === 1 ? `line ${first}` : `lines ${fenced.leftOut.join(', ')}`;
  return { file, line: first, severity: 'warning', code: 'left-out', message: `the deck is read from its \`\`\`markdown block; the text around it (${lines}) is left out` };
}
