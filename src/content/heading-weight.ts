import type { PhrasingContent } from 'mdast';

/**
 * A question heading's words without a bold run that wraps them all (`### **Why this team?**`):
 * the heading is bold already, and the contents, which set questions in regular type under
 * their bold chapter titles, printed such a question bold, as if it were a chapter. Bold on
 * part of a heading (`**GIL:** What does it lock?`) is kept.
 */
export function withoutWholeBold(children: PhrasingContent[]): PhrasingContent[] {
  const words = children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return words.length === 1 && words[0].type === 'strong' ? words[0].children : children;
}
