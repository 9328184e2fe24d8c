import { describe, expect, it } from 'vitest';
import { splitCodeLines } from '../../src/render/code-lines.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { highlightCode } from '../../src/content/highlight-code.js';

// A code block prints one span per source line, so a wrapped line hangs under its own start.
// A line of minified code or a pasted blob (tens of thousands of characters) took Chromium
// minutes to lay out whole and timed the print out: it prints plain, in pieces hung the same way.
const answerOf = (code: string) =>
  parseDeck(`# T\n\n## S\n\n### Q?\n\n> ok\n\n\`\`\`js\n${code}\n\`\`\`\n`, { file: 'x.md', slug: 'x', plugins: [highlightCode] }).sections[0].questions[0]
    .answerHtml;
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&');

describe('code lines', () => {
  it('wraps each source line in its own span, with its indentation', () => {
    const html = splitCodeLines('<pre><code>if x:\n    y()\n</code></pre>');
    expect(html).toBe('<pre><code><span class="code-line">if x:</span><span class="code-line" style="--indent: 4">    y()</span></code></pre>');
  });

  it("tells the columns of a listing's widest line when asked (a tab to 8, a wide character 2), not of a drawing", () => {
    expect(splitCodeLines('<pre><code>ab\n\tx = 1\n</code></pre>', { widest: true })).toMatch(/^<pre style="--cols: 13"><code>/);
    expect(splitCodeLines('<pre class="x"><code>名前 = 1</code></pre>', { widest: true })).toMatch(/^<pre style="--cols: 8" class="x">/);
    expect(splitCodeLines('<pre><code>ab</code></pre>')).toMatch(/^<pre><code>/);
    const art = splitCodeLines('<pre><code>┌──┐\n│ab│\n└──┘</code></pre>', { widest: true });
    expect(art).toMatch(/^<pre class="code-art" style="--cols: 4">/);
  });

  it("keeps a short hyphenated word's hyphens with the letters after them, and a long one free to wrap there", () => {
    const html = splitCodeLines('<pre><code>run --bind x-1 a - b --this-option-name-is-far-too-long-to-keep</code></pre>');
    expect(html).toContain('run <span class="nobr">--b</span>ind x<span class="nobr">-1</span> a - b');
    expect(html).toContain('--this-option-name-is-far-too-long-to-keep');
  });

  it('keeps the hyphens of each part of a long dotted host name, and lets it wrap before a dot', () => {
    const html = splitCodeLines('<pre><code>ssh orders-api-canary.prod-eu-west-1.internal.example.com</code></pre>');
    expect(html).toContain(
      'orders<span class="nobr">-a</span>pi<span class="nobr">-c</span>anary<wbr>.prod<span class="nobr">-e</span>u<span class="nobr">-w</span>est<span class="nobr">-1</span><wbr>.internal',
    );
  });

  it('prints a line of 40,000 characters in pieces, none over 500, with every character kept', () => {
    const line = 'a<b&&c;'.repeat(6000);
    const html = splitCodeLines(answerOf(line));
    const pieces = html
      .split(/(?=<span class="code-line)/)
      .slice(1)
      .map((p) => [p, /^<span class="code-line( code-more)?"/.exec(p)![1], p.replace(/<\/code>[\s\S]*$/, '')]);
    expect(pieces.length).toBeGreaterThan(80);
    expect(pieces.slice(1).every((p) => p[1] === ' code-more')).toBe(true);
    expect(pieces.every((p) => text(p[2]).length <= 500)).toBe(true);
    expect(pieces.map((p) => text(p[2])).join('')).toBe(line);
  });

  it('leaves a block with such a line unhighlighted, and highlights ordinary code', () => {
    expect(answerOf(`const x = 1; ${'y = 2; '.repeat(200)}`)).not.toContain('hljs-');
    expect(answerOf('const x = 1;')).toContain('hljs-');
  });
});

// A listing split mid-function across pages: a short one (up to 15 lines) is kept whole by the
// guide's styles; a long one holds each short run of lines between good break points (a blank
// line, a top-level statement) to the line before, so the page breaks there when it can.
describe('break points of a long listing', () => {
  const held = (html: string) => [...html.matchAll(/<span class="code-line([^"]*)"/g)].map((m) => m[1].includes('code-held'));
  it('marks a listing of 16 lines or more long, and nothing in a shorter one', () => {
    const short = splitCodeLines(`<pre><code class="language-py">${Array.from({ length: 15 }, (_, i) => `x${i} = ${i}`).join('\n')}\n</code></pre>`);
    expect(short).not.toMatch(/code-long|code-held/);
    const long = splitCodeLines(`<pre><code class="language-py">${Array.from({ length: 16 }, (_, i) => `x${i} = ${i}`).join('\n')}\n</code></pre>`);
    expect(long).toContain('<code class="language-py code-long">');
  });

  it('holds the lines of a short function to its first line, and breaks freely inside a long one', () => {
    const fn = (name: string, body: number) => [`def ${name}():`, ...Array.from({ length: body }, (_, i) => `    step_${i}()`), ''];
    const source = [...fn('small', 4), ...fn('large', 14), 'if __name__ == "__main__":', '    small()', '    large()'];
    const marks = held(splitCodeLines(`<pre><code>${source.join('\n')}\n</code></pre>`));
    // def small() and its body and blank line: held to its start, which is not held.
    expect(marks.slice(0, 6)).toEqual([false, true, true, true, true, true]);
    // def large(): 16 lines with its blank line, more than a run held whole.
    expect(marks.slice(6, 22).every((m) => !m)).toBe(true);
    // The main block starts at a top-level statement: held to it.
    expect(marks.slice(22)).toEqual([false, true, true]);
  });

  it("lets a listing's first run of 10-12 lines break once seven of its lines fit, keeping three for the next page", () => {
    const source = [
      'def first():',
      ...Array.from({ length: 10 }, (_, i) => `    step_${i}()`),
      '',
      'def second():',
      ...Array.from({ length: 4 }, (_, i) => `    more_${i}()`),
    ];
    const marks = held(splitCodeLines(`<pre><code>${source.join('\n')}\n</code></pre>`));
    // Lines 0-6 stay together, a break may fall before line 7 or 8, the run's last three lines of code (and its blank line) stay together.
    expect(marks.slice(0, 12)).toEqual([false, true, true, true, true, true, true, false, false, true, true, true]);
    expect(marks.slice(12)).toEqual([false, true, true, true, true]);
  });

  it('lets a later run of up to 12 lines break with three of its lines on either side', () => {
    const source = [
      'def first():',
      '    setup()',
      '',
      'def second():',
      ...Array.from({ length: 10 }, (_, i) => `    step_${i}()`),
      '',
      'def third():',
      '    return 1',
    ];
    const marks = held(splitCodeLines(`<pre><code>${source.join('\n')}\n</code></pre>`));
    // def second() is line 3, its last step line 13: a break may fall before lines 6 to 11, never within three lines of either end.
    expect(marks.slice(3, 15)).toEqual([false, true, true, false, false, false, false, false, false, true, true, true]);
    // A run of FIRST_PIECE lines or fewer is held whole as before.
    expect(marks.slice(0, 3)).toEqual([false, true, true]);
    expect(marks.slice(15)).toEqual([false, true]);
  });

  it('starts no run at a line that closes the statement before it', () => {
    const fn = (name: string) => [`void ${name}() {`, '  first();', '  second();', '}'];
    const source = [...fn('a'), ...fn('b'), ...fn('c'), ...fn('d')];
    const marks = held(splitCodeLines(`<pre><code>${source.join('\n')}\n</code></pre>`));
    expect(marks).toEqual(source.map((line) => !line.startsWith('void')));
  });
});

// A drawing (boxes and trees in box-drawing characters) is set unwrapped and scaled to its widest
// row (render/text-art.ts); code that only mentions such a character is code.
describe('a drawing in a code block', () => {
  it('marks a block whose lines draw as art, with the columns of its widest row', () => {
    const box = ['┌────────┐    ┌────────┐', '│ 東京 a │───►│ worker │', '└────────┘    └────────┘'].join('\n');
    const html = splitCodeLines(`<pre><code>${box}\n</code></pre>`);
    // The wide characters count two columns each: 24 columns.
    expect(html).toContain('<pre class="code-art" style="--cols: 24"><code>');
    expect(html).not.toContain('<wbr>');
    // The arrow (another face's width) and the wide characters sit in cells of their columns' width.
    expect(html).toContain('───<span class="art-cell">►</span>│');
    expect(html).toContain('<span class="art-cell art-wide">東</span><span class="art-cell art-wide">京</span> a');
  });

  it('leaves tags and entities of a highlighted drawing as they are', () => {
    const box = ['┌──┐ &lt;b&gt;', '│<span class="hljs-string">a</span>│──→ b', '└──┘'].join('\n');
    const html = splitCodeLines(`<pre><code>${box}\n</code></pre>`);
    expect(html).toContain('│<span class="hljs-string">a</span>│──<span class="art-cell">→</span> b');
    expect(html).toContain('&lt;b&gt;');
  });

  it('leaves code with one such character, and a single drawn line, as code', () => {
    const code = ['print("│")', 'x = 1', 'y = 2'].join('\n');
    expect(splitCodeLines(`<pre><code class="language-py">${code}\n</code></pre>`)).not.toContain('code-art');
    const rule = ['# ── settings ──', 'a = 1', 'b = 2', 'c = 3'].join('\n');
    expect(splitCodeLines(`<pre><code>${rule}\n</code></pre>`)).not.toContain('code-art');
  });
});

describe('closing listings', () => {
  const held = (code: string) =>
    Array.from(splitCodeLines(`<pre><code>${code}</code></pre>`, { closing: true }).matchAll(/<span class="code-line([^"]*)"/g), (m) =>
      m[1].includes('code-held'),
    );

  it('hold each group of commands to its comment, and a blank line to the line above', () => {
    expect(held('# Listing\na\nb\n# Changing\nc\nd\n\ne\nf')).toEqual([false, true, true, false, true, true, true, false, true]);
  });

  it('let a long group break inside, three lines each side, never under a comment', () => {
    const lines = ['# All', ...Array.from({ length: 14 }, (_, i) => `cmd ${i}`)];
    const marks = held(lines.join('\n'));
    expect(marks.slice(0, 3)).toEqual([false, true, true]);
    expect(marks.slice(3, 13)).toEqual(new Array(10).fill(false));
    expect(marks.slice(13)).toEqual([true, true]);
    expect(held('a\nb\nc\nd\n# one\n# two\ne')).toEqual([false, true, true, true, false, true, true]);
  });

  it('leave the lines of an answer free of these holds', () => {
    expect(splitCodeLines('<pre><code># Listing\na\nb</code></pre>')).not.toContain('code-held');
  });
});

describe("an answer's long listing under a comment", () => {
  const marks = (code: string) =>
    Array.from(splitCodeLines(`<pre><code>${code}</code></pre>`).matchAll(/<span class="code-line([^"]*)"/g), (m) =>
      m[1].includes('code-under-comment') ? 'u' : m[1].includes('code-held') ? 'h' : '-',
    ).join('');

  it('marks the code under a comment line where the listing may break before the comment, never in a closing listing', () => {
    // Twenty commands at no indent (each a top-level statement, so none held), a comment over the tenth and a run of two over
    // the fifteenth: only the code under the run is marked, not its second comment.
    const lines = Array.from({ length: 20 }, (_, i) => `cmd ${i}`);
    lines.splice(9, 0, '// tenth');
    lines.splice(15, 0, '// one', '// two');
    expect(marks(lines.join('\n'))).toBe('-'.repeat(10) + 'u' + '-'.repeat(6) + 'u' + '-'.repeat(5));
    expect(splitCodeLines(`<pre><code>${lines.join('\n')}</code></pre>`, { closing: true })).not.toContain('code-under-comment');
  });

  it('leaves unmarked the code under a comment that is itself held to the line before, and a short listing', () => {
    // A function of a few lines is held whole: a comment inside it cannot take a break before it.
    const fn = ['func f() {', '    a()', '    // why', '    b()', '}'];
    const lines = [...Array.from({ length: 14 }, (_, i) => `cmd ${i}`), ...fn];
    expect(marks(lines.join('\n'))).not.toContain('u');
    expect(marks('a\nb\nc\n// d\ne')).not.toContain('u');
  });
});
