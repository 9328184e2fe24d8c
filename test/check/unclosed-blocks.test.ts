import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import { checkUnclosedBlocks } from '../../src/check/unclosed-blocks.js';

const lines = (text: string) =>
  checkUnclosedBlocks('d.md', text, unified().use(remarkParse).parse(text)).map((f) => [f.line, f.message.match(/\d+ headings?/)?.[0]]);

describe('checkUnclosedBlocks', () => {
  it('names the line of a fence left open over later questions, with how many headings it took', () => {
    expect(lines('# D\n\n### One?\n\n```py\nx = 1\n\n### Two?\n\n## Section\n')).toEqual([[5, '2 headings']]);
    expect(lines('# D\n\n~~~~\ncode\n~~~\n## Still code?\n')).toEqual([[3, '1 heading']]);
  });

  it('finds one inside a list item or a quote', () => {
    expect(lines('- item\n\n  ```\n  ## inside?\n')).toEqual([[3, '1 heading']]);
  });

  it('passes closed fences, longer closing fences, code without heading lines and indented code', () => {
    expect(lines('```\n## a comment heading\n```\n\n### Next?\n')).toEqual([]);
    expect(lines('````\n### not a question?\n``````\n')).toEqual([]);
    expect(lines('    ## indented code\n')).toEqual([]);
    expect(lines('- item\n\n  ```\n  ## inside\n  ```\n')).toEqual([]);
  });
});

describe('checkUnclosedBlocks on a fence left open over no heading', () => {
  const found = (text: string) => checkUnclosedBlocks('d.md', text, unified().use(remarkParse).parse(text)).map((f) => [f.line, f.message]);

  it('names the fence, and the lines it turns into code', () => {
    expect(found('# D\n\n### One?\n\n```js\nf();\n\nProse after it.\n\n- a list\n')).toEqual([
      [5, 'code block is never closed, so lines 6 to 10 after it are read as code — close it with its fence where it ends'],
    ]);
    expect(found('```sh\n# a shell comment\nls\n')).toEqual([[1, expect.stringContaining('so lines 2 to 3 after it are read as code')]]);
  });

  it('passes a fence open on the last line, with nothing after it', () => {
    expect(found('### One?\n\nIt is one.\n\n```\n\n')).toEqual([]);
  });
});

describe('checkUnclosedBlocks on raw HTML', () => {
  it('names an HTML comment or <pre> left open over later questions', () => {
    expect(lines('# D\n\n### One?\n\n<!-- a note\n\n### Two?\n')).toEqual([[5, '1 heading']]);
    expect(lines('# D\n\n<pre>\ncode\n\n## Section\n\n### Three?\n')).toEqual([[3, '2 headings']]);
  });

  it('passes closed comments and blocks a blank line ends', () => {
    expect(lines('<!-- a note\n\n### not lost?\n-->\n\n### Next?\n')).toEqual([]);
    expect(lines('<div>\n\n### Next?\n')).toEqual([]);
  });
});

describe('checkUnclosedBlocks on docs-site containers', () => {
  const found = (text: string) => checkUnclosedBlocks('d.md', text, unified().use(remarkParse).parse(text)).map((f) => [f.line, f.message]);

  it('names a `::: details` or `:::tip` container no `:::` line closes', () => {
    expect(found('# D\n\n### One?\n\n::: details Answer\nIt is two.\n\n### Two?\n\nThree.\n')).toEqual([
      [5, 'container "::: details Answer" is never closed, so its ::: line prints as text — close it with a line of ::: where it ends'],
    ]);
    expect(found(':::: tip[Hint]\nnested\n::: warning\ninner\n:::\n')).toEqual([[1, expect.stringContaining('":::: tip[Hint]" is never closed')]]);
  });

  it('passes closed containers, nested ones closed in order, and colons in code', () => {
    expect(found('::: details Answer\nIt is two.\n:::\n\n:::tip\nHint\n:::\n')).toEqual([]);
    expect(found(':::: details Q\n::: warning\ninner\n:::\n::::\n')).toEqual([]);
    expect(found('```\n::: details never closed in code\n```\n')).toEqual([]);
  });
});

describe('checkUnclosedBlocks on formula blocks', () => {
  const math = (text: string) =>
    checkUnclosedBlocks('d.md', text, unified().use(remarkParse).use(remarkMath).parse(text)).map((f) => [
      f.line,
      f.message.match(/^formula block.*?\d+ headings?/)?.[0],
    ]);

  it('names a $$ block left open over later questions', () => {
    expect(math('# D\n\n### One?\n\n$$\nx = 1\n\n### Two?\n\n### Three?\n')).toEqual([[5, 'formula block ($$) is never closed, so 2 headings']]);
  });

  it('passes closed blocks, longer closing marks and open ones over no heading', () => {
    expect(math('$$\nx = 1\n$$\n\n### Next?\n')).toEqual([]);
    expect(math('$$\nx = 1\n  $$$\n\n### Next?\n')).toEqual([]);
    expect(math('### One?\n\n$$\nx = 1\n')).toEqual([]);
  });
});

describe('checkUnclosedBlocks on Hugo shortcodes', () => {
  const found = (text: string) => checkUnclosedBlocks('d.md', text, unified().use(remarkParse).parse(text)).map((f) => [f.line, f.message]);

  it('names a details shortcode no closing tag ends, and one that is not run', () => {
    expect(found('### One?\n\n{{< details "Answer" >}}\nIt is two.\n\n### Two?\n')).toEqual([
      [3, 'shortcode "{{< details "Answer" >}}" is never closed, so its line prints as text — close it with {{< /details >}} where it ends'],
    ]);
    expect(found('{{% expand title="Why?" %}}\nBecause.\n')).toEqual([[1, expect.stringContaining('close it with {{% /expand %}}')]]);
    expect(found('{{< figure src="a.png" >}}\n')).toEqual([[1, expect.stringContaining('is not run here, so its line prints as text')]]);
  });

  it('passes closed shortcodes, nested ones, and braces in code', () => {
    expect(found('{{< details "A" >}}\nx\n{{< /details >}}\n')).toEqual([]);
    expect(found('{{< hint info >}}\n{{< hint >}}\ny\n{{< /hint >}}\n{{< /hint >}}\n')).toEqual([]);
    expect(found('```\n{{< details "A" >}}\n```\n')).toEqual([]);
  });
});

describe('checkUnclosedBlocks on HTML a blank line ends', () => {
  const found = (text: string) => checkUnclosedBlocks('d.md', text, unified().use(remarkParse).parse(text)).map((f) => [f.line, f.message]);

  it('names a <div> whose next line is a question heading, read as its text', () => {
    expect(found('### One?\n\nAnswer.\n<div class="note">\n### Two?\n\nAnswer two.\n')).toEqual([
      [
        4,
        'HTML "<div class="note">" runs on to the next blank line, so 1 heading under it (from line 5) is read as its text — put a blank line after the HTML',
      ],
    ]);
  });

  it('passes HTML followed by a blank line, and HTML holding no heading line', () => {
    expect(found('<div class="note">\n\n### Two?\n')).toEqual([]);
    expect(found('<table>\n<tr><td>## not a heading</td></tr>\n</table>\n')).toEqual([]);
  });
});

describe('checkUnclosedBlocks on indented code', () => {
  const found = (text: string) => checkUnclosedBlocks('d.md', text, unified().use(remarkParse).parse(text)).map((f) => [f.line, f.message]);

  it('names code indented over question headings', () => {
    expect(found('### One?\n\nAnswer.\n\n    ### Two?\n\n    Answer two.\n\n    ### Three?\n')).toEqual([
      [5, 'indented code holds 2 question headings (from line 5), printed as code — remove the indent: four spaces or a tab before a line make it code'],
    ]);
  });

  it('passes indented code with comments, and fenced code with question lines', () => {
    expect(found('    ## build it\n    make\n')).toEqual([]);
    expect(found('```md\n### Asked?\n```\n')).toEqual([]);
  });
});

describe('checkUnclosedBlocks on <details>', () => {
  const found = (text: string) => checkUnclosedBlocks('d.md', text, unified().use(remarkParse).parse(text)).map((f) => [f.line, f.message]);

  it('names a <details> no </details> closes, at its own line', () => {
    const deck = '# D\n\n### One?\n\n<details>\n<summary>Answer</summary>\n\nIt is one.\n\n### Two?\n\nIt is two.\n';
    expect(found(deck)).toEqual([[5, '<details> is never closed — close it with </details> where its answer ends']]);
    const middle =
      '### A?\n\n<details><summary>Answer</summary>\n\na\n\n</details>\n\n### B?\n\n<details><summary>Answer</summary>\n\nb\n\n### C?\n\n<details>\n<summary>Answer</summary>\n\nc\n\n</details>\n';
    expect(found(middle)).toEqual([[11, expect.stringContaining('<details> is never closed')]]);
  });

  it('passes closed blocks, nested ones, one-line ones and tags in code', () => {
    expect(found('<details>\n<summary>A</summary>\n\nx\n\n<details><summary>B</summary>y</details>\n\n</details>\n')).toEqual([]);
    expect(found('Text <details><summary>A</summary>x</details> inline.\n')).toEqual([]);
    expect(found('```html\n<details>\n```\n\n`<details>` opens one.\n')).toEqual([]);
  });
});
