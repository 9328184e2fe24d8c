import { describe, expect, it } from 'vitest';
import { markdownFromOrg } from '../../src/content/org-lines.js';

// Org mode lines rewritten to the markdown they mean, line for line.
describe('markdownFromOrg', () => {
  it('writes an Org bank as markdown, keeping every line in its place', () => {
    const org = '#+TITLE: Linux\n#+OPTIONS: toc:nil\n* Files\n** TODO What is an =inode=?   :fs:\n:PROPERTIES:\n:ID: 1\n:END:\nA record; see [[https://man7.org][man]].\n#+BEGIN_SRC bash\nls -i\n#+END_SRC\n';
    expect(markdownFromOrg(org).split('\n')).toEqual(['# Linux', '', '## Files', '### What is an `inode`? #fs', '', '', '', 'A record; see [man](https://man7.org).', '```bash', 'ls -i', '```', '']);
  });

  it('leaves markdown with bold lines and bullets as it is', () => {
    const md = '# T\n\n* item one\n* item two\n\n**Answer:** yes\n';
    expect(markdownFromOrg(md)).toBe(md);
  });
});
