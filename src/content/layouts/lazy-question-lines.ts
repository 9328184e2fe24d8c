import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { cutParagraph, lineCuts } from './cut-paragraph.js';

// A quiz typed with no blank lines (`Q1. Which …⏎- [ ] CentOS⏎- [ ] RedHat⏎Q2. Which …⏎- [ ] cd`):
// to markdown the line `Q2. …` right under an option is a lazy continuation of that option, and the
// options under it more items of the same list, so the whole quiz read as one question.

/** A question's label opening a line (`Q2.`, `Q12:`, `問3、`): its words and mark, which the bank repeats on each question. */
const LABEL = /^[ \t]*(q|question|問題?|问题?|题|題|вопрос|pregunta|frage)[ \t]*\d{1,4}[ \t]*([.、:：)])/iu;

/** The label's words and mark, lower-cased (`q.`), of a line opening with one. */
function labelOf(line: string): string | undefined {
  const m = LABEL.exec(line);
  return m ? `${m[1].toLowerCase()}${m[2]}` : undefined;
}

/**
 * The nodes with each such list parted where a line of an item opens with the label of the
 * question over the list (`Q1.` over it, `Q2.` in it): the list up to that item, that line and
 * those under it as the next question's paragraph, the next items as its own list, and so on.
 */
export function lazyQuestionLines(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const above = out[out.length - 1];
    const label = above?.type === 'paragraph' ? labelOf(toString(above)) : undefined;
    if (node.type !== 'list' || !label) out.push(node);
    else out.push(...partedList(node, label));
  }
  return out;
}

/** The list parted at each item whose last paragraph has a line opening with `label`. */
function partedList(list: List, label: string): RootContent[] {
  const out: RootContent[] = [];
  let items: ListItem[] = [];
  const close = () => {
    if (items.length) out.push({ ...list, children: items, position: { start: items[0].position!.start, end: items[items.length - 1].position!.end } });
    items = [];
  };
  for (const item of list.children) {
    const last = item.children[item.children.length - 1];
    const lines = last?.type === 'paragraph' ? cutParagraph(last, lineCuts(last.children)) : [];
    const at = lines.findIndex((line, k) => k > 0 && labelOf(toString(line)) === label);
    if (at < 0 || !item.position) {
      items.push(item);
      continue;
    }
    const kept = lines.slice(0, at);
    const asked = lines.slice(at);
    const keptParagraph = joined(kept);
    items.push({ ...item, children: [...item.children.slice(0, -1), keptParagraph], position: { start: item.position.start, end: keptParagraph.position!.end } });
    close();
    out.push(joined(asked));
  }
  close();
  return out;
}

/** Lines cut from one paragraph, joined again into one, a line break between each. */
function joined(lines: Paragraph[]): Paragraph {
  const children = lines.flatMap((line, k) => (k ? [{ type: 'text' as const, value: '\n' }, ...line.children] : line.children));
  return { type: 'paragraph', children, position: { start: lines[0].position!.start, end: lines[lines.length - 1].position!.end } };
}
