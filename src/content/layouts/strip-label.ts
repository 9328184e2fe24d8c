import { toString } from 'mdast-util-to-string';
import type { PhrasingContent } from 'mdast';
import { ANSWER_ALONE, MARKER_ONLY } from './labels.js';

/**
 * Phrasing without its leading label (`Q:`, `Answer:`, `问：`), however the bank set it in bold:
 * `**Answer:** …`, `**Answer**: …` and `Answer: …` alike. Leading space left after it is dropped.
 */
export function stripLabel(children: PhrasingContent[], mark: RegExp): PhrasingContent[] {
  const [first, second, ...rest] = children;
  if (!first) return children;
  // `✅ **Answer:**`: the symbol goes with the label it marks.
  if (first.type === 'text' && MARKER_ONLY.test(first.value) && second) {
    const after = children.slice(1);
    const stripped = stripLabel(after, mark);
    return toString({ type: 'paragraph', children: stripped }) !== toString({ type: 'paragraph', children: after }) ? stripped : children;
  }
  if (first.type === 'text') {
    const value = withoutStray(first.value.replace(mark, ''));
    return value ? [{ ...first, value }, ...children.slice(1)] : trimStart(children.slice(1));
  }
  if (first.type !== 'strong' && first.type !== 'emphasis') return children;
  const label = toString(first);
  if (mark.test(label)) {
    const inner = stripLabel(first.children, mark);
    return inner.length ? [{ ...first, children: inner }, ...children.slice(1)] : afterLabel(children.slice(1));
  }
  // `**Answer**: …`: the label's colon is outside the bold run.
  if (second?.type === 'text' && mark.test(label + second.value)) {
    const value = withoutStray(second.value.replace(/^\s*[:：.)．）]\s*/, ''));
    return value ? [{ ...second, value }, ...rest] : trimStart(rest);
  }
  return children;
}

// What a bank leaves between its label and the answer by a slip of the keyboard: a second colon
// (`**Answer:**:`) or a quote mark typed inline (`> **Answer:** > _Best…_`, the line joined to the one below).
const STRAY = /^\s*(?:[:：]+|>(?=\s))\s*/u;

/** Text after a label without a stray colon or quote mark at its start. */
const withoutStray = (value: string): string => value.replace(STRAY, '');

/** The phrasing after a label: no leading space, break or stray mark. */
function afterLabel(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text' || !STRAY.test(first.value)) return trimStart(children);
  const value = withoutStray(first.value);
  return value ? [{ ...first, value }, ...rest] : trimStart(rest);
}

/** Phrasing without leading white space or line breaks. */
export function trimStart(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  // `**Answer:**␣␣⏎…`: the hard break that ended the label's line goes with it.
  if (first?.type === 'break') return trimStart(rest);
  if (first?.type !== 'text') return children;
  const value = first.value.trimStart();
  return value ? [{ ...first, value }, ...rest] : trimStart(rest);
}

/**
 * Phrasing without an answer label standing alone on its first line (`**Answer**⏎…`): the lines
 * under it; empty when the label is all there is. Undefined when the first line says more.
 */
export function labelAlone(children: PhrasingContent[]): PhrasingContent[] | undefined {
  const end = children.findIndex((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')));
  const firstLine = toString({ type: 'paragraph', children: end < 0 ? children : children.slice(0, end) }).replace(/[*_]/g, '');
  if (!ANSWER_ALONE.test(firstLine)) return undefined;
  if (end < 0) return [];
  const cut = children[end];
  const tail = cut.type === 'text' ? [{ ...cut, value: cut.value.slice(cut.value.indexOf('\n') + 1) }] : [];
  return trimStart([...tail, ...children.slice(end + 1)]);
}
