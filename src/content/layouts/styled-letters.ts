import type { PhrasingContent, Root, Text } from 'mdast';
import { visit } from '../visit-tree.js';

// Banks copied from social posts set their titles in Unicode's mathematical letters (`𝐃𝐞𝐯𝐎𝐩𝐬 𝐏𝐫𝐚𝐜𝐭𝐢𝐜𝐞𝐬`),
// bold without markup. Read as they are, no title rule knew them, search and the cards' CSV held
// letters no one types, and the page printed them from a maths face. They are the plain letters
// (NFKC) in the emphasis they imitate.

/**
 * A run of mathematical letters or digits, with the spaces and marks between them (`𝐃𝐞𝐯𝐎𝐩𝐬 𝐏𝐫𝐚𝐜𝐭𝐢𝐜𝐞𝐬`), and the
 * plain mark ending it (`𝐁𝐞𝐡𝐚𝐯𝐢𝐨𝐫𝐚𝐥 𝐐𝐮𝐞𝐬𝐭𝐢𝐨𝐧𝐬:`, `𝐖𝐡𝐚𝐭 𝐢𝐬 𝐃𝐍𝐒?`): the styles have no colon nor question mark, so
 * the mark is the run's, as `**Behavioral Questions:**` writes it.
 */
const STYLED_RUN = /[\u{1D400}-\u{1D7FF}](?:[\u{1D400}-\u{1D7FF}\s'’&,./-]*[\u{1D400}-\u{1D7FF}])?[:：?？!.]?/gu;

/** The emphasis a style of mathematical letters imitates: bold, italic, both, or none (script, fraktur, monospace …). */
function emphasisOf(code: number): 'strong' | 'emphasis' | 'both' | undefined {
  if (code <= 0x1d433 || (code >= 0x1d5d4 && code <= 0x1d607) || (code >= 0x1d7ce && code <= 0x1d7d7) || (code >= 0x1d7ec && code <= 0x1d7f5)) return 'strong';
  if (code <= 0x1d467 || (code >= 0x1d608 && code <= 0x1d63b)) return 'emphasis';
  if (code <= 0x1d49b || (code >= 0x1d63c && code <= 0x1d66f)) return 'both';
  return undefined;
}

/** A styled run as the plain words in the emphasis it imitates. */
function plainRun(run: string, node: Text): PhrasingContent {
  const text: Text = { type: 'text', value: run.normalize('NFKC'), position: node.position };
  const style = emphasisOf(run.codePointAt(0)!);
  if (style === 'strong') return { type: 'strong', children: [text], position: node.position };
  if (style === 'emphasis') return { type: 'emphasis', children: [text], position: node.position };
  if (style === 'both') return { type: 'strong', children: [{ type: 'emphasis', children: [text], position: node.position }], position: node.position };
  return text;
}

/** Mathematical letters in the tree's text (never in code or maths) as the plain letters in their emphasis. */
export function plainStyledLetters(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !/[\u{1D400}-\u{1D7FF}]/u.test(node.value)) return undefined;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(STYLED_RUN)) {
      if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index), position: node.position });
      parts.push(plainRun(m[0], node));
      last = m.index + m[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last), position: node.position });
    parent.children.splice(index, 1, ...(parts as never[]));
    return index + parts.length;
  });
}
