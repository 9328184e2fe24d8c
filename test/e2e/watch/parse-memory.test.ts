import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { ParseThread, parseLimits } from '../../../src/parse-thread/parse-off-thread.js';

// Watch mode's parser thread remembers the pieces and fragments it parsed, so a save re-parses
// only what changed. Whatever it takes from memory, the deck (and its findings, diagnostics
// included) must be the one a fresh parse gives. Here because the thread runs the compiled dist/.
const decks = [
  'content/infrastructure-engineer.md',
  'content/kubernetes-admin.md',
  'test/fixtures/layouts/details-messy/input.md',
  'test/fixtures/check/math-warning/deck.md',
  'test/fixtures/diagrams/deck.md',
];

/** The deck's text with its first question heading changed, and one more line in its first answer. */
function edited(text: string, n: number): string {
  return text.replace(/^(#{2,4} .*\?)$/m, `$1 (edit ${n})`).replace(/\n\n(?=[A-Z])/, `\n\nAn added sentence ${n}.\n\n`);
}

describe('the watch parser thread, remembering', () => {
  it('gives every deck exactly as a fresh parse does, edit after edit', async () => {
    const remembering = new ParseThread({ ...parseLimits(), inlineBytes: 0 }, { remember: true });
    const fresh = new ParseThread({ ...parseLimits(), inlineBytes: 0 });
    try {
      for (const file of decks) {
        const text = await readFile(file, 'utf8');
        // The fresh thread keeps nothing, so the same bytes parse to the same deck: the text's
        // second fresh parse (after the edits are undone) is the first one's, not made again.
        const freshParses = new Map<string, ReturnType<ParseThread['parse']>>();
        for (const version of [text, edited(text, 1), edited(text, 2), text]) {
          const bytes = Buffer.from(version);
          if (!freshParses.has(version)) freshParses.set(version, fresh.parse(file, bytes));
          const expected = await freshParses.get(version)!;
          const got = await remembering.parse(file, bytes);
          expect(got, `${file}, version ${version.length} bytes`).toEqual(expected);
        }
      }
      // The math fixture's warning comes back from memory with the fragment, at its line.
      const math = await remembering.parse('test/fixtures/check/math-warning/deck.md', await readFile('test/fixtures/check/math-warning/deck.md'));
      expect(math.deck.diagnostics.map((d) => `${d.line} ${d.code}`)).toContain('7 math-warning');
    } finally {
      await Promise.all([remembering.close(), fresh.close()]);
    }
  });
});
