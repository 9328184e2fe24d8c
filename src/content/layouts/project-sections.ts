import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// A bank kept as a repository ends with its project's notes: how to contribute, who did, the
// licence. They are no study material: left out of its guide and cards, each said once.

/** Section titles about the bank's project rather than its subject. */
const PROJECT = /^[^\p{L}\p{N}]*(?:contribut(?:ing|ors?|ions?)|how to contribute|licen[cs]e|credits?|acknowledge?ments?|authors?|maintainers?|sponsors?|support(?:ing)?(?: (?:this|the) project)?|star history|code of conduct|changelog|donat(?:e|ions?)|disclaimer|to-?do|to do|roadmap|планы|что дальше|pendientes|por hacer|待办|待辦)(?![\p{L}\p{N}])/iu;

/** The nodes without the bank's project sections (a `#`/`##` heading and what it heads, no question in it), and what was left out. */
export function withoutProjectSections(nodes: RootContent[]): { nodes: RootContent[]; left: { title: string; line: number }[] } {
  const out: RootContent[] = [];
  const left: { title: string; line: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== 'heading' || node.depth > 2 || !PROJECT.test(toString(node))) {
      out.push(node);
      continue;
    }
    let end = i + 1;
    while (end < nodes.length && !(nodes[end].type === 'heading' && (nodes[end] as { depth: number }).depth <= node.depth)) end++;
    const span = nodes.slice(i + 1, end);
    if (span.some((n) => n.type === 'heading' && n.depth >= 3)) {
      out.push(node);
      continue;
    }
    left.push({ title: toString(node), line: node.position?.start.line ?? 1 });
    i = end - 1;
  }
  return { nodes: out, left };
}
