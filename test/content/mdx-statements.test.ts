import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/deck.js';
import { parseMarkdown } from '../../src/content/markdown.js';
import { withoutMdxStatements } from '../../src/content/layouts/mdx-statements.js';

// An MDX page's import and export statements: left out, each said, never printed as its introduction.
describe('withoutMdxStatements', () => {
  it('leaves out import and export lines with a warning at their line', () => {
    const diagnostics: Diagnostic[] = [];
    const read = withoutMdxStatements(parseMarkdown("# T\n\nimport Tabs from '@theme/Tabs';\nimport '@site/x.css';\n\nexport const level = 'easy';\n\nWords.\n").children, 'a.md', diagnostics);
    expect(read.nodes.map((n) => n.type)).toEqual(['heading', 'paragraph']);
    expect(read.left).toBe(2);
    expect(diagnostics.map((d) => d.line)).toEqual([3, 6]);
  });

  it('keeps a fenced block of imports, and prose that mentions importing', () => {
    const nodes = parseMarkdown("```js\nimport x from 'y';\n```\n\nimport the data first, then clean it.\n").children;
    expect(withoutMdxStatements(nodes, 'a.md', []).nodes).toHaveLength(2);
  });
});
