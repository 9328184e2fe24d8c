import type { Nodes, Root } from 'mdast';
import type { Finding } from './finding.js';

// `[text][label]` whose label no `[label]: …` line defines, and `[^note]` with no `[^note]: …`,
// are no link and no footnote to markdown: they printed as the brackets written, the address or
// note meant for them gone without a word. Only a reference after a space or at a line's start is
// one: `a[i][j]` in prose is an index.
const FULL = /(?<=^|[\s(!])\[([^\]\n]+)\]\[([^\]\n]+)\]/g;
const NOTE = /\[\^([^\]\s]+)\](?!:)/g;

/** A warning at the line of each reference or footnote mark that nothing defines. */
export function checkUndefinedReferences(file: string, tree: Root): Finding[] {
  const findings: Finding[] = [];
  const add = (line: number, message: string) => findings.push({ file, line, level: 'warning', code: 'undefined-reference', message });
  const stack: Nodes[] = [tree];
  // Without recursion: a hostile deck may nest thousands of levels deep.
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const at = node.position?.start.line ?? 1;
      const lineOf = (index: number) => at + (node.value.slice(0, index).match(/\n/g)?.length ?? 0);
      for (const m of node.value.matchAll(FULL))
        add(
          lineOf(m.index),
          `"[${m[1]}][${m[2]}]" prints as written: no "[${m[2]}]: …" line defines its address — add one under the answer, or write the address in (…)`,
        );
      for (const m of node.value.matchAll(NOTE))
        add(lineOf(m.index), `"[^${m[1]}]" prints as written: no "[^${m[1]}]: …" line gives its note — add one under the answer, or remove the mark`);
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return findings;
}
