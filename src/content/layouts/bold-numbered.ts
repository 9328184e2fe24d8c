import { toString } from 'mdast-util-to-string';
import type { PhrasingContent, RootContent } from 'mdast';
import { questionNumber, withoutNumber } from './question-number.js';
import { titleAsks } from '../text.js';

/**
 * A question written as a numbered bold line (`**3. What is a namespace?**`, or `<b>3. …</b><br>`), alone in its
 * paragraph or over its answer's first lines (`**3. …?**  ⏎The answer…`): its words without the
 * number, and what follows the line, if anything.
 */
export function boldNumbered(node: RootContent): { words: PhrasingContent[]; rest: PhrasingContent[] } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const children = node.children.filter((c, i) => !(i === 0 && c.type === 'text' && !c.value.trim()));
  const bold = boldRun(children);
  const text = bold && toString({ type: 'paragraph', children: bold.words });
  if (!bold || !text || questionNumber(text) === undefined || pointLabel(text)) return undefined;
  const [next, ...more] = bold.after;
  // The bold run is the whole first line: the paragraph ends, or a new line starts after it (`<br>` too).
  const lineEnd = next?.type === 'break' || (next?.type === 'html' && BR.test(next.value));
  if (next && !lineEnd && !(next.type === 'text' && /^[ \t]*\n/.test(next.value))) return undefined;
  const rest = !next ? [] : next.type !== 'text' ? trimLineStart(more) : trimLineStart([next, ...more]);
  return { words: withoutNumber(bold.words), rest };
}

/**
 * A numbered point of an answer, labelled in bold over its text or list (`**1. Started:**`,
 * `**2. Локальные модели (Bundled):**`): it ends in a colon and does not ask.
 */
const pointLabel = (text: string): boolean => /[:：]\s*$/.test(text) && !titleAsks(text.replace(/^\s*\d+\s*[.)]\s*/, ''));

const BR = /^\s*<br\s*\/?>\s*$/i;
const OPEN_BOLD = /^\s*<(b|strong)>\s*$/i;

/** The bold run opening a line: `**…**`, or `<b>…</b>` / `<strong>…</strong>` as HTML banks write it. */
function boldRun(children: PhrasingContent[]): { words: PhrasingContent[]; after: PhrasingContent[] } | undefined {
  const [first, ...after] = children;
  if (first?.type === 'strong') return { words: first.children, after };
  const tag = first?.type === 'html' ? OPEN_BOLD.exec(first.value)?.[1] : undefined;
  if (!tag) return undefined;
  const close = after.findIndex((c) => c.type === 'html' && new RegExp(`^\\s*</${tag}>\\s*$`, 'i').test(c.value));
  return close > 0 ? { words: after.slice(0, close), after: after.slice(close + 1) } : undefined;
}

/** Phrasing without the line end it starts with. */
function trimLineStart(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const value = first.value.replace(/^[ \t]*\n/, '');
  return value ? [{ ...first, value }, ...rest] : rest;
}

// A numbered line opening bold that never closes it (`**15. What is a coroutine?`, or `**15.` left as
// the file ends): markdown reads the stars as text.
const UNFINISHED = /^[ \t]*\*\*(?=[ \t]*\d{1,3}[ \t]*[.)])([^\n]*)/u;

/**
 * A numbered bold line whose closing stars are missing (`**15. What is …?`, `**15.` alone): the
 * next question's opening, its words (none, where the author never wrote them) without the
 * number, and what follows the line. Undefined where the stars close on the line.
 */
export function unfinishedBoldNumbered(node: RootContent): { words: PhrasingContent[]; rest: PhrasingContent[] } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [first, ...more] = node.children;
  if (first?.type !== 'text') return undefined;
  const m = UNFINISHED.exec(first.value);
  if (!m || m[1].includes('**') || (!first.value.slice(m[0].length) && more.length && more[0].type !== 'break')) return undefined;
  const line = m[1].trim();
  if (questionNumber(line) === undefined) return undefined;
  const after = first.value.slice(m[0].length).replace(/^\n/, '');
  const words = withoutNumber([{ type: 'text', value: line }]);
  const rest = after ? [{ ...first, value: after }, ...more] : more[0]?.type === 'break' ? more.slice(1) : more;
  return { words: words.filter((w) => toString(w).trim()), rest };
}
