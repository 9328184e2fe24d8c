import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from './visit-tree.js';
import type { HastPlugin, RenderContext } from '../model/render-context.js';

/** A run of this many characters without a space gets break points. */
const LONGEST_RUN = 200;
/** Characters between the break points given to such a run. */
const STEP = 8;
/**
 * Longest run without a space that prints: even with break points, 200,000 characters took
 * Chromium 29 s and 77 pages of the guide. A real word, hash or token stays far below; longer
 * is an error at its line, as an oversized formula or diagram is.
 */
export const MAX_WORD_CHARS = 10_000;

/** Elements whose text is left alone: code has its own break points (code-lines.ts), maths and drawings their markup. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'math', 'svg']);

const LONG_RUN = new RegExp(`\\S{${LONGEST_RUN},}`, 'gu');

/**
 * rehype plugin: a run of hundreds of characters with no space (a pasted token, a hash, a
 * hostile "word") gets a `<wbr>` every STEP characters. Chromium breaks such a run only where the
 * line is full, and finding each place costs it the rest of the run: laying out a 20,000-character
 * word took it a minute per guide, as the page prediction lays the guide out several times. With
 * break points the run breaks at one of them, at most STEP characters short of the line's end;
 * copied text is unchanged (`<wbr>` is no character).
 */
export const longWords: HastPlugin = () => {
  return (tree: Root, file) => {
    const context = file.data.studyguide as RenderContext | undefined;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') return SKIPPED.has(node.tagName) ? SKIP : undefined;
      if (node.type !== 'text' || !parent || index === undefined || node.value.length < LONGEST_RUN) return undefined;
      const parts: ElementContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(LONG_RUN)) {
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        last = m.index + m[0].length;
        if (m[0].length > MAX_WORD_CHARS && context) tooLong(context, node.position?.start.line ?? parent.position?.start.line ?? context.line, m[0].length);
        pieces(m[0]).forEach((piece, k) => {
          if (k > 0) parts.push(wbr());
          parts.push({ type: 'text', value: piece });
        });
      }
      if (!parts.length) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      // Not splice(index, 1, ...parts): a run of millions of characters is hundreds of thousands of
      // parts, more arguments than one call takes ("Maximum call stack size exceeded").
      const siblings = (parent as Element).children;
      (parent as Element).children = [...siblings.slice(0, index), ...parts, ...siblings.slice(index + 1)];
      return [SKIP, index + parts.length];
    });
  };
};

/** Said once per line: a card answer is rendered twice (card and full answer). */
function tooLong(context: RenderContext, line: number, length: number): void {
  const n = (count: number) => count.toLocaleString('en-US');
  const message = `a word of ${n(length)} characters with no space, over the ${n(MAX_WORD_CHARS)} limit — break it with spaces, or shorten it (its pages would take minutes to print)`;
  if (context.diagnostics.some((d) => d.line === line && d.message === message)) return;
  context.diagnostics.push({ file: context.file, line, severity: 'error', code: 'word-too-long', message });
}

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

/** Printable ASCII: between two of its characters there is always a grapheme break (none joins another). */
const ASCII_START = /^[\x21-\x7e]*/;

/** The run cut every STEP characters, never inside a character made of several code points (é as e + ◌́, an emoji). */
export function pieces(run: string): string[] {
  // A token, a hash or a pasted blob of ASCII is cut by counting, up to its last ASCII character
  // before any other (which a combining mark after it may join): the grapheme segmenter took
  // seconds over a run of millions of characters, to find each character one grapheme.
  const ascii = ASCII_START.exec(run)![0].length;
  const counted = ascii === run.length ? ascii : Math.max(0, ascii - 1);
  const whole = counted - (counted % STEP);
  const out = Array.from({ length: whole / STEP }, (_, k) => run.slice(k * STEP, (k + 1) * STEP));
  let piece = run.slice(whole, counted);
  let count = counted - whole;
  for (const segment of graphemes(run.slice(counted))) {
    piece += segment;
    if (++count === STEP) {
      out.push(piece);
      piece = '';
      count = 0;
    }
  }
  if (piece) out.push(piece);
  return out;
}

/**
 * Graphemes are read this many characters at a time: Intl.Segmenter slows down with the length
 * of the text it walks (in Node 20, 100,000 characters took 9 s, 200,000 about 40 s).
 */
const WINDOW = 1024;

/** The run's graphemes, read a window at a time; the last one a window holds may be cut, so it is read again with the next. */
function* graphemes(run: string): Generator<string> {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let at = 0;
  while (at < run.length) {
    let size = WINDOW;
    let parts = Array.from(segmenter.segment(run.slice(at, at + size)), (s) => s.segment);
    // A window holding one grapheme (thousands of combining marks on one letter) grows until it ends it.
    while (at + size < run.length && parts.length < 2) {
      size *= 2;
      parts = Array.from(segmenter.segment(run.slice(at, at + size)), (s) => s.segment);
    }
    if (at + size < run.length) parts.pop();
    for (const part of parts) {
      yield part;
      at += part.length;
    }
  }
}
