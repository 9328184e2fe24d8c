import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { checkDeckLimits, MAX_DECK_LINES } from '../../src/content/deck-limits.js';
import { tempDir } from '../helpers.js';
// In this process: the current source, no compiled dist/ and no Node start.
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';

// Its builds and checks parse in this process, whose markdown stack is loaded, not on a thread that
// loads it again (about a second each); the thread: test/e2e/faults/parse-limits, test/api.
parseInPlace();

// Tiny inputs that used to cost minutes and gigabytes end in an error at their line. No timing
// is asserted: each case must finish and fail, and vitest's timeout bounds it.

const deckWith = (title: string, tags: string, questions = 1) =>
  `# ${title}\n\n## S\n\n${Array.from({ length: questions }, (_, i) => `### Question ${i}?\n\nTags: ${tags}\n\n> Answer.\n`).join('\n')}`;

function limitError(markdown: string, maxQuestions?: number): string {
  const deck = parseDeck(markdown, { file: 'd.md', slug: 'd' });
  try {
    checkDeckLimits(deck, maxQuestions);
    return 'ok';
  } catch (err) {
    return (err as { format(): string }).format();
  }
}

describe('limits on costly tiny inputs', () => {
  it('a huge title or question, too many or too long tags: an error at the line', () => {
    expect(limitError(deckWith('T'.repeat(200_000), 'a'))).toMatch(/^d\.md:1: deck title is 200000 characters long, over the 500 limit — /);
    expect(limitError(deckWith('T', Array.from({ length: 100_000 }, (_, i) => `t${i}`).join(', ')))).toMatch(/^d\.md:5: question has 100000 tags, over the 50 limit — /);
    expect(limitError(deckWith('T', 'x'.repeat(500)))).toMatch(/^d\.md:5: tag "x+…" is 500 characters long, over the 80 limit/);
    expect(limitError(deckWith('T', 'ok'))).toBe('ok');
  });

  it('a subtitle or author as long as a page: an error naming the key (the cover ran on for eight pages)', () => {
    const fm = (key: string, value: string) => `---\ntitle: T\n${key}: ${value}\n---\n${deckWith('T', 'a')}`;
    expect(limitError(fm('subtitle', 'sub '.repeat(3000)))).toBe(
      'd.md:3: subtitle is 11999 characters long, over the 500 limit — shorten "subtitle:" in the front matter (or the "#" heading printed as the subtitle); put the detail in the introduction',
    );
    expect(limitError(fm('author', 'a'.repeat(5000)))).toMatch(/^d\.md:3: author is 5000 characters long, over the 500 limit — shorten "author:"/);
    expect(limitError(fm('subtitle', 'A short one'))).toBe('ok');
    // At the key's own line, or the heading printed as the subtitle (all said line 1 before).
    expect(limitError(`---\ntitle: ${'T'.repeat(600)}\n---\n${deckWith('T', 'a')}`)).toMatch(/^d\.md:2: deck title is 600 characters long/);
    expect(limitError(`---\ntitle: T\n---\n${deckWith('H'.repeat(600), 'a')}`)).toMatch(/^d\.md:4: subtitle is 600 characters long/);
  });

  it('more questions than the configured limit: an error naming the option', () => {
    expect(limitError(deckWith('T', 'a', 30), 20)).toMatch(/^d\.md:1: deck has 30 questions, over the limit of 20 — split it into several decks, or raise the limit with --max-questions$/);
    expect(limitError(deckWith('T', 'a', 30), 0)).toBe('ok');
  });

  it('4 MB of ">" lines fails before the parser sees it', async () => {
    const dir = await tempDir('studyguide-limits-');
    const file = path.join(dir, 'quotes.md');
    await writeFile(file, '>\n'.repeat(2_000_000));
    await expect(loadDeck(file)).rejects.toThrow(`deck has more than ${MAX_DECK_LINES} lines`);
  });

  it('a formula asking for a 100000em rule is an error at its line, printed as its source', () => {
    const deck = parseDeck('# T\n\n## S\n\n### Q?\n\n> ok\n\nAbove $\\rule{10em}{100000em}$ below.\n', { file: 'm.md', slug: 'm' });
    const html = deck.sections[0].questions[0].answerHtml;
    expect(html).not.toContain('katex');
    expect(html).toContain('<code class="math-source">\\rule{10em}{100000em}</code>');
    expect(deck.diagnostics).toEqual([expect.objectContaining({ file: 'm.md', line: 9, severity: 'error', code: 'math-too-large', message: expect.stringMatching(/^formula would be 100000 em tall or wide, over the 60 em limit/) })]);
  });

  it('a formula of many short lines, a page tall in all, is an error too; a big matrix is not', () => {
    const tall = parseDeck(`# T\n\n## S\n\n### Q?\n\n> ok\n\n$$\n\\begin{gathered}${'x\\\\'.repeat(80)}\\end{gathered}\n$$\n`, { file: 'm.md', slug: 'm' });
    expect(tall.diagnostics.map((d) => [d.line, d.code])).toEqual([[9, 'math-too-large']]);
    const matrix = parseDeck(`# T\n\n## S\n\n### Q?\n\n> ok\n\n$$\n\\begin{pmatrix}${'a & b\\\\'.repeat(12)}\\end{pmatrix}\n$$\n`, { file: 'm.md', slug: 'm' });
    expect(matrix.diagnostics).toEqual([]);
    expect(matrix.sections[0].questions[0].answerHtml).toContain('katex-display');
  });

  it('a formula nested 10,000 braces deep is an error at its line, printed as its source (it overflowed the stack, with no line)', () => {
    const tex = `${'{'.repeat(10_000)}x${'}'.repeat(10_000)}`;
    const deck = parseDeck(`# T\n\n## S\n\n### Q?\n\n> ok\n\nAbove $${tex}$ below.\n`, { file: 'm.md', slug: 'm' });
    expect(deck.sections[0].questions[0].answerHtml).toContain(`<code class="math-source">${tex}</code>`);
    expect(deck.diagnostics).toEqual([
      expect.objectContaining({
        file: 'm.md',
        line: 9,
        severity: 'error',
        code: 'math-too-large',
        message: 'formula nested 10000 levels deep, over the 100-level limit — flatten its groups ({…}, \\left…\\right, \\begin…\\end)',
      }),
    ]);
  });

  it('a formula nested too deeply with no braces at all is the same error, not a crash', () => {
    for (const tex of [`${'\\left('.repeat(3000)}x${'\\right)'.repeat(3000)}`, `${'\\begin{matrix}'.repeat(3000)}x${'\\end{matrix}'.repeat(3000)}`]) {
      const deck = parseDeck(`# T\n\n## S\n\n### Q?\n\n> ok\n\n$${tex}$\n`, { file: 'm.md', slug: 'm' });
      expect(deck.diagnostics.map((d) => [d.line, d.severity, d.code])).toEqual([[9, 'error', 'math-too-large']]);
    }
  });

  it('`build --max-questions` refuses the deck at its first line', async () => {
    const dir = await tempDir('studyguide-limits-');
    await writeFile(path.join(dir, 'many.md'), deckWith('T', 'a', 30));
    const run = await runCli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv', '--max-questions', '20'], { NO_COLOR: '1' });
    expect(run.stderr).toMatch(/many\.md:1: deck has 30 questions, over the limit of 20 — /);
    expect(run.code).toBe(1);
  });
});
