import { describe, expect, it } from 'vitest';
import { markdownFromAsciiDoc } from '../../src/content/asciidoc-lines.js';

// AsciiDoc lines rewritten to the markdown they mean, line for line.
describe('markdownFromAsciiDoc', () => {
  it('writes an AsciiDoc bank as markdown, keeping every line in its place', () => {
    const adoc = '= Git\n:toc:\n\n== Basics\n\n[qanda]\nWhat is fetch?::\n  It downloads.\n\n----\ngit fetch\n----\n';
    const md = markdownFromAsciiDoc(adoc);
    expect(md.split('\n')).toEqual(['# Git', '', '', '## Basics', '', '', '### What is fetch?', 'It downloads.', '', '```', 'git fetch', '```', '']);
  });

  it('fences a [source] listing left in a markdown bank, and leaves its rules and headings alone', () => {
    const md = '# SQL\n\n### What is a join?\n\nRows matched.\n\n[source,sql]\n----\nSELECT 1;\n----\n\n----\n\nEnd.\n';
    expect(markdownFromAsciiDoc(md).split('\n').slice(6, 12)).toEqual(['', '```sql', 'SELECT 1;', '```', '', '----']);
  });

  it('leaves a markdown file with no AsciiDoc in it as it is', () => {
    const md = '# T\n\nSome text\n====\n\n## Part\n';
    expect(markdownFromAsciiDoc(md)).toBe(md);
  });
});
