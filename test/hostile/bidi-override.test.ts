import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDeck } from '../../src/index.js';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../helpers.js';

// The CLI parses its decks in place, in this process (no parser thread started for each run).
parseInPlace();

const RLO = '\u202E';
const LRO = '\u202D';

describe('a bidirectional override in a deck', () => {
  it('is a warning at each line holding one, in the title, a heading, an answer or code (the title printed "Invoice exe.pdf" without a word)', async () => {
    const source = [
      `# Invoice ${RLO}fdp.exe`,
      '',
      '## Files',
      '',
      `### Why ${RLO}esrever?`,
      '',
      `> Shown as ${LRO}written.`,
      '',
      '```js',
      `const admin = false; // ${RLO} } if (admin) {`,
      '```',
      '',
    ].join('\n');
    const deck = await parseDeck(source, { file: 'd.md' });
    const found = deck.diagnostics.filter((d) => d.code === 'bidi-override');
    expect(found.map((d) => d.line)).toEqual([1, 5, 7, 10]);
    expect(found[0].message).toBe(
      'line holds a right-to-left override (U+202E): the text after it prints in reverse order, not as written — delete the invisible character (right-to-left words need none)',
    );
    expect(found[2].message).toContain('left-to-right override (U+202D)');
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('check reports it, and exits 0 (a warning)', async () => {
    const dir = await tempDir('studyguide-bidi-override-');
    const file = path.join(dir, 'd.md');
    await writeFile(file, `# Deck\n\n## S\n\n### Which file is ${RLO}fdp.exe?\n\n> The one named backwards.\n`);
    const run = await runCli(['check', file], { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}:5: warning: line holds a right-to-left override (U+202E)`);
  });

  it('right-to-left words, marks and isolates are read without a word', async () => {
    const source = '# Deck\n\n## S\n\n### ما هو DNS؟\n\n> \u200Fنظام أسماء النطاقات\u2067x\u2069 \u202Bembedded\u202C.\n';
    const deck = await parseDeck(source, { file: 'd.md' });
    expect(deck.diagnostics.filter((d) => d.code === 'bidi-override')).toEqual([]);
  });
});
