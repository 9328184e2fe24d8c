import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

/** A one-question deck whose card answer is `card`; returns the question. */
function question(card: string) {
  const deck = parseDeck(`# T\n## S\n### Q?\n> ${card}\n`, { file: 'm.md', slug: 'm' });
  return { q: allQuestions(deck)[0], deck };
}

describe('maths in answers', () => {
  it('typesets inline and display maths as KaTeX HTML with its TeX kept', () => {
    const { q } = question('$a^2 + b^2$ and $$c^2$$');
    expect(q.cardHtml.match(/class="katex"/g)?.length).toBe(2);
    expect(q.cardHtml).toContain('<annotation encoding="application/x-tex">a^2 + b^2</annotation>');
    expect(q.cardHtml).not.toContain('$');
  });

  it('sets a paragraph of one $$…$$ formula as display maths, written on one line as over three', () => {
    for (const written of ['$$ W = 2^{k} - 1 $$', '$$\nW = 2^{k} - 1\n$$']) {
      const deck = parseDeck(`# T\n## S\n### Q?\n> A.\n\nSo:\n\n${written}\n\nThen $$x$$ inline.\n`, { file: 'm.md', slug: 'm' });
      const html = allQuestions(deck)[0].answerHtml;
      expect(html.match(/class="katex-display"/g)?.length, written).toBe(1);
      expect(html.match(/class="katex"/g)?.length, written).toBe(2);
      expect(html, written).not.toMatch(/<p>\s*<span class="katex-display"/);
    }
  });

  it("reads GitHub's $`…`$ form as the TeX between the backticks", () => {
    const { q } = question('an $`n \\times d`$ matrix');
    expect(q.cardHtml).toContain('<annotation encoding="application/x-tex">n \\times d</annotation>');
    expect(q.cardHtml).not.toContain('`');
    expect(q.cardText).not.toContain('`');
  });

  it('leaves prices as text', () => {
    for (const text of ['costs $5 or $10 a month', 'between $10 and $20', 'from $3 to $4.50']) {
      const { q } = question(text);
      expect(q.cardHtml, text).not.toContain('katex');
      expect(q.cardText, text).toBe(text);
    }
  });

  it('reports TeX it cannot read at its line and still builds', () => {
    const { q, deck } = question('broken $\\frac{1$ here');
    expect(q.cardHtml).toContain('katex-error');
    expect(deck.diagnostics).toEqual([expect.objectContaining({ code: 'bad-math', line: 4, file: 'm.md' })]);
  });

  it("reports what KaTeX would only have written to the console, at the formula's own line", () => {
    const deck = parseDeck('# T\n## S\n### Q?\n> ok\n\nFirst line.\n\n$$\na \\\\ b\n$$\n', { file: 'm.md', slug: 'm' });
    expect(deck.diagnostics).toEqual([expect.objectContaining({ file: 'm.md', line: 8, severity: 'warning', code: 'math-warning', message: expect.stringContaining('newLineInDisplayMode') })]);
    expect(allQuestions(deck)[0].answerHtml).toContain('katex-display');
  });

  it('does not let maths carry raw HTML through', () => {
    const { q } = question('$\\href{javascript:alert(1)}{x}$ and $<script>$');
    expect(q.cardHtml).not.toMatch(/<script|href="javascript:/);
  });

  it('says what a formula loses to switched-off links and pictures (it printed a red "\\href" and nothing of the link)', () => {
    const deck = parseDeck('# T\n## S\n### Q?\n> ok\n\nSee $\\href{https://example.com/spec}{the spec}$ and $\\includegraphics{x.png}$.\n', { file: 'm.md', slug: 'm' });
    expect(deck.diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [6, 'math-warning', 'formula: \\href is not printed (links, pictures and HTML inside a formula are switched off) — write it outside the $ signs: a markdown link or image'],
      [6, 'math-warning', 'formula: \\includegraphics is not printed (links, pictures and HTML inside a formula are switched off) — write it outside the $ signs: a markdown link or image'],
    ]);
  });
});
