import type { FootnoteDefinition, Heading, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';

// A bank answering each question in a footnote (`1. What does DNS do?[^2]`, and at the foot of the
// page `[^2]: It turns names into addresses …`): read as it stands, the questions were open and the
// answers a pile of notes left out at the end. Each answer is read under the question pointing at it.

/** The footnote a question's words end on (`What is a VLAN?[^1]`), and those words without it. */
function endingNote(children: PhrasingContent[]): { id: string; words: PhrasingContent[] } | undefined {
  const kids = [...children];
  while (kids.length && kids[kids.length - 1].type === 'text' && !(kids[kids.length - 1] as { value: string }).value.trim()) kids.pop();
  const last = kids[kids.length - 1];
  if (last?.type !== 'footnoteReference' || kids.length < 2) return undefined;
  const words = kids.slice(0, -1);
  const end = words[words.length - 1];
  if (end.type === 'text') words[words.length - 1] = { ...end, value: end.value.trimEnd() };
  return { id: last.identifier.toLowerCase(), words };
}

/** Where a question's words are: a heading's, or the first paragraph of a list item. */
type Asking = { kind: 'heading'; node: Heading } | { kind: 'item'; node: ListItem; first: Paragraph };

// What may follow a question with no answer of its own under it.
const UNANSWERED = new Set(['heading', 'footnoteDefinition', 'thematicBreak', 'list']);

/** The questions with nothing under them but a footnote to answer them: a heading over no text, a list item of one paragraph. */
function askings(nodes: RootContent[]): Asking[] {
  return nodes.flatMap((node, i): Asking[] => {
    if (node.type === 'heading') return !nodes[i + 1] || UNANSWERED.has(nodes[i + 1].type) ? [{ kind: 'heading', node }] : [];
    if (node.type !== 'list') return [];
    return node.children.flatMap((item): Asking[] => (item.children.length === 1 && item.children[0].type === 'paragraph' ? [{ kind: 'item', node: item, first: item.children[0] }] : []));
  });
}

/**
 * The nodes with each question ending on a footnote reference answered by that footnote's
 * content (under its heading, or indented in its list item), the footnotes so used taken from the
 * foot of the page; where two questions at least do so. Other nodes and footnotes as they are.
 */
export function footnoteAnswers(nodes: RootContent[]): RootContent[] {
  const notes = new Map(nodes.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition').map((n) => [n.identifier.toLowerCase(), n]));
  if (notes.size < 2) return nodes;
  const asked = askings(nodes).flatMap((a) => {
    const note = endingNote(a.kind === 'heading' ? a.node.children : a.first.children);
    return note && notes.has(note.id) ? [{ ...a, ...note }] : [];
  });
  if (asked.length < 2) return nodes;
  const used = new Set<FootnoteDefinition>();
  const after = new Map<Heading, RootContent[]>();
  for (const a of asked) {
    const note = notes.get(a.id)!;
    // One note pointed at twice answers the first question only; the second keeps its mark.
    if (used.has(note)) continue;
    used.add(note);
    if (a.kind === 'heading') {
      a.node.children = a.words;
      after.set(a.node, note.children);
    } else {
      a.first.children = a.words;
      a.node.children = [a.first, ...a.node.children.slice(1), ...note.children];
    }
  }
  return nodes.flatMap((n) => (n.type === 'footnoteDefinition' && used.has(n) ? [] : n.type === 'heading' && after.has(n) ? [n, ...after.get(n)!] : [n]));
}
