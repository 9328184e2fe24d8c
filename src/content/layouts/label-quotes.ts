import type { PhrasingContent } from 'mdast';
import { unquoted } from './unquoted.js';

/**
 * A labelled question's words less the quotation marks around them, also inside the bold or
 * italics the whole line is set in (`### **Q: "Tell me about a project."**`): the marks only said
 * "this is what is asked", which the heading already says.
 */
export function withoutLabelQuotes(children: PhrasingContent[]): PhrasingContent[] {
  const [only] = children;
  if (children.length === 1 && (only.type === 'strong' || only.type === 'emphasis')) return [{ ...only, children: unquoted(only.children) }];
  return unquoted(children);
}
