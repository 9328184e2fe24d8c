import type { Blockquote, Paragraph, Root, RootContent } from 'mdast';
import { ANSWER_NAMED } from './layouts/labels.js';

// `> [!NOTE]`, `> [!success]- Answer` (GitHub alerts, Obsidian callouts): a blockquote whose
// first line names its kind, may fold (`-`, `+`) and may carry a title.
const MARKER = /^\[!([\w-]+)\][+-]?[ \t]*([^\n]*)(?:\n|$)/;

/**
 * Callouts as they read on paper: a callout titled as an answer ("Answer", "Solution", "Ответ")
 * is the answer, so its content stands in its place (a bank hides each answer in a folded one);
 * a question callout with a title (`> [!question] What is RAID 1?`) is a question heading over
 * its answer; any other keeps its box, its marker line turned into its title in bold ("Note", "Warning").
 * Markdown alone prints the marker as text ("[!success]- Answer").
 */
export function restoreCallouts(tree: Root): Root {
  tree.children = tree.children.flatMap((node) => (node.type === 'blockquote' ? callout(node) : [node]));
  return tree;
}

function callout(quote: Blockquote): RootContent[] {
  const [first, ...rest] = quote.children;
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const m = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
  if (!m || first?.type !== 'paragraph' || lead?.type !== 'text') return [quote];
  const title = m[2].trim() || m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
  const value = lead.value.slice(m[0].length);
  const body: Paragraph = { ...first, children: value ? [{ ...lead, value }, ...first.children.slice(1)] : first.children.slice(1) };
  const content = body.children.length ? [body, ...rest] : rest;
  if (/^(?:solution|lösung|solución|solução|решение)$/i.test(title) || ANSWER_NAMED.test(`${title}:`)) return content;
  // `> [!question] What is RAID 1?` over its answer (a note app's flashcard): a question heading, the content its answer.
  if (/^(?:question|faq|help|quiz)$/i.test(m[1]) && m[2].trim()) {
    return [{ type: 'heading', depth: 3, children: [{ type: 'text', value: title }], position: first.position }, ...content];
  }
  const heading: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }], position: first.position };
  return [{ ...quote, children: [heading, ...content] }];
}
