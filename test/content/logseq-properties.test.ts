import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../../src/model/deck.js';
import { parseMarkdown } from '../../src/content/markdown.js';
import { logseqProperties } from '../../src/content/layouts/logseq-properties.js';

// A Logseq page's properties: its title read, its other page properties said, the app's block properties gone.
describe('logseqProperties', () => {
  it('titles the bank from title::, warns of tags::, and drops a card schedule from its block', () => {
    const diagnostics: Diagnostic[] = [];
    const nodes = logseqProperties(parseMarkdown('title:: K8s\ntags:: k8s\n\n- What is a pod? #card\n  card-repeats:: 2\n  id:: 6650a\n\t- The smallest unit.\n').children, 'a.md', diagnostics);
    expect(nodes.map((n) => [n.type, toString(n)])).toEqual([
      ['heading', 'K8s'],
      ['list', 'What is a pod? #cardThe smallest unit.'],
    ]);
    expect(diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual(['1: page property "tags::" left out — give the deck\'s tags or other fields in front matter']);
  });

  it('leaves a column of term:: definition cards as it is', () => {
    const nodes = parseMarkdown('kubectl:: the client\nhelm:: the package manager\n').children;
    expect(logseqProperties(nodes, 'a.md', [])).toBe(nodes);
  });
});
