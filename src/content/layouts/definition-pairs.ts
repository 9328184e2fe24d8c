import type { Paragraph, PhrasingContent, RootContent, Text } from 'mdast';

// Questions written as a definition list (PHP Markdown Extra, Pandoc, kramdown): the question on
// its line, the answer on the next after a colon (`What is XSS?⏎: Injecting script into …`), and
// banks that put their answer so under a heading (`# 2. What is a protocol?⏎: A set of rules …`).
// Markdown without that extension reads one paragraph: the bank read no questions, or cards
// opening with ": ".

/** Where a line opening with `: ` starts in a paragraph: the text child and the offset of its colon. */
function colonLine(children: PhrasingContent[]): { child: number; at: number } | undefined {
  for (const [i, child] of children.entries()) {
    if (child.type !== 'text') continue;
    const previous = children[i - 1];
    const lineStart = i === 0 || previous.type === 'break' || (previous.type === 'text' && previous.value.endsWith('\n'));
    if (lineStart && /^:[ \t]+\S/.test(child.value)) return { child: i, at: 0 };
    const m = /\n:[ \t]+\S/.exec(child.value);
    if (m) return { child: i, at: m.index + 1 };
  }
  return undefined;
}

/** The words from a colon line on, the colon and its spaces gone. */
function afterColon(children: PhrasingContent[], cut: { child: number; at: number }): PhrasingContent[] {
  const text = children[cut.child] as Text;
  const value = text.value.slice(cut.at).replace(/^:[ \t]+/, '');
  return [...(value ? [{ ...text, value }] : []), ...children.slice(cut.child + 1)];
}

/** The words before a colon line, the line end before it gone. */
function beforeColon(children: PhrasingContent[], cut: { child: number; at: number }): PhrasingContent[] {
  const text = children[cut.child] as Text;
  const value = text.value.slice(0, cut.at).replace(/\n$/, '');
  return [...children.slice(0, cut.child), ...(value ? [{ ...text, value }] : [])];
}

const label = (word: string, words: PhrasingContent[]): PhrasingContent[] => [{ type: 'text', value: `${word}: ` }, ...words];

/** A paragraph at a line further down the one it was cut from. */
function at(p: Paragraph, lines: number, children: PhrasingContent[]): Paragraph {
  const start = p.position ? { ...p.position.start, line: p.position.start.line + lines, column: 1 } : undefined;
  return { type: 'paragraph', children, ...(start && p.position ? { position: { start, end: p.position.end } } : {}) };
}

/**
 * Definition-list pairs as `Q:` / `A:` paragraphs (read by the Q/A layout), and an answer's
 * opening colon under a heading taken off, when the bank writes two or more so.
 */
export function definitionPairs(nodes: RootContent[]): RootContent[] {
  const found = nodes.map((node, i) => {
    if (node.type !== 'paragraph') return undefined;
    const cut = colonLine(node.children);
    if (!cut) return undefined;
    const term = beforeColon(node.children, cut);
    // Under a heading, a paragraph opening with the colon: the heading's answer.
    if (!term.length) return nodes[i - 1]?.type === 'heading' ? ({ kind: 'under', cut } as const) : undefined;
    const lines = term.reduce((n, c) => n + (c.type === 'text' ? (c.value.match(/\n/g)?.length ?? 0) : c.type === 'break' ? 1 : 0), 0);
    return lines === 0 ? ({ kind: 'pair', cut, term } as const) : undefined;
  });
  if (found.filter(Boolean).length < 2) return nodes;
  return nodes.flatMap((node, i): RootContent[] => {
    const pair = found[i];
    if (!pair || node.type !== 'paragraph') return [node];
    const answer = afterColon(node.children, pair.cut);
    if (pair.kind === 'under') return [{ ...node, children: answer }];
    return [at(node, 0, label('Q', pair.term)), at(node, 1, label('A', answer))];
  });
}
