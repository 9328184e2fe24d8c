import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

// A formula's macro that calls itself: KaTeX stopped it at its expansion limit and said "need to
// increase maxExpand setting" (no deck has one), or ran out of stack, said as groups nested too deep.

function said(formula: string): string[] {
  try {
    const deck = parseDeck(`# T\n\n## S\n\n### Q?\n\n> Maths $${formula}$ done.\n`, { file: 'd.md', slug: 'd' });
    return deck.diagnostics.filter((d) => /math/.test(d.code)).map((d) => `${d.line}: ${d.severity}: ${d.message}`);
  } catch (err) {
    return [`error: ${(err as Error).message}`];
  }
}

describe('a formula whose macro expands without end', () => {
  it('says so, naming the command, in place of the expansion limit or the nesting', () => {
    const endless = 'macro expands without end (it calls itself, or grows each time) — define it without calling itself, or write the formula out';
    expect(said('\\def\\a{\\a}\\a')).toEqual([`7: warning: formula's \\def ${endless}`]);
    expect(said('\\newcommand{\\b}{\\b\\b}\\b')).toEqual([`7: warning: formula's \\newcommand ${endless}`]);
    expect(said('\\gdef\\c#1{\\c{#1#1}}\\c{x}').join('\n')).toContain(`formula's \\gdef ${endless}`);
  });

  it('a macro used as meant, or an error that is no loop, is said as before', () => {
    expect(said('\\def\\sq#1{#1^2}\\sq{x}')).toEqual([]);
    expect(said('\\frac{1}{')).toEqual([expect.stringMatching(/^7: warning: formula could not be typeset \(KaTeX parse error: /)]);
  });
});
