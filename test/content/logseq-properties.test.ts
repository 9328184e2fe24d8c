import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../../src/model/deck.js';
import { parseMarkdown } from '../../src/content/markdown.js';
import { logseqProperties } from '../../src/content/layouts/logseq-properties.js';
import { parseDeck } from '../../src/content/parse-deck.js';

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

  it('reads a page\'s tags:: as the deck\'s tags, page links and hashes taken off', () => {
    const page = { tags: [] as string[] };
    const diagnostics: Diagnostic[] = [];
    logseqProperties(parseMarkdown('title:: K8s\ntags:: k8s, [[Docker Swarm]], #ops\nalias:: kube\n\n- What is a pod?\n').children, 'a.md', diagnostics, page);
    expect(page.tags).toEqual(['k8s', 'Docker Swarm', 'ops']);
    expect(diagnostics.map((d) => d.message)).toEqual(['page property "alias::" left out — give the deck\'s tags or other fields in front matter']);
    const deck = parseDeck('title:: K8s\ntags:: k8s, [[Docker Swarm]]\n\n## Pods\n\n### What is a pod?\n\nThe smallest unit.\n', { file: 'k8s.md', slug: 'k8s' });
    expect(deck.tags).toEqual(['k8s', 'Docker Swarm']);
    expect(deck.diagnostics.filter((d) => d.code === 'left-out')).toEqual([]);
  });

  it('leaves a column of term:: definition cards as it is', () => {
    const nodes = parseMarkdown('kubectl:: the client\nhelm:: the package manager\n').children;
    expect(logseqProperties(nodes, 'a.md', [])).toBe(nodes);
  });
});
