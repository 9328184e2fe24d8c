import { toString } from 'mdast-util-to-string';
import type { Heading, RootContent } from 'mdast';
import { ANSWER_WORD } from './labels.js';

// A repository's read-me often heads its parts with `#` headings one after another
// (`# interview-preparation`, `# Terraform` over links, `# Terraform Interview Questions` over
// `## Basic Concepts` and its `###` questions). Read as a deck of ours, the second `#` stopped the
// build as a second title. Where nothing marks the file as ours (no `> card answer` under a `###`),
// the first `#` is the title and the later ones are sections.

/** A `###` question of ours with its `> card answer` right under it. */
const carded = (nodes: RootContent[]): boolean => nodes.some((n, i) => n.type === 'heading' && n.depth === 3 && nodes[i + 1]?.type === 'blockquote');

/** `# Answer 1.`: the answers file of a bank kept in two files, which the build explains as such. */
const numberedAnswer = (h: Heading): boolean => /\d/.test(toString(h)) && ANSWER_WORD.test(toString(h).replace(/\d+/, ''));

/** The nodes with every `#` heading after the first as a `##` section, in a file read as ours that nothing marks so. */
export function laterTitlesAsSections(nodes: RootContent[]): RootContent[] {
  const titles = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (titles.length < 2 || carded(nodes) || titles.some(numberedAnswer)) return nodes;
  return nodes.map((n) => (n.type === 'heading' && n.depth === 1 && n !== titles[0] ? { ...n, depth: 2 } : n));
}
