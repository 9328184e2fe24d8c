import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { configError } from '../config-error.js';

// YAML and JSON a hostile or careless user writes: one line naming the file and line, never a
// Node warning on stderr, never an error that names no file.

const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join(
  '\n',
);

describe('YAML tags and bombs, JSON slips', () => {
  it('a front matter tag YAML does not know is an error at its line, with no Node warning', () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      expect(() => parseDeck('---\ntitle: T\ncode: !!js/function "function () {}"\n---\n# T\n\n## S\n\n### Q?\n\n> a\n', { file: 'd.md', slug: 'd' })).toThrow(
        expect.objectContaining({ line: 3, message: 'front matter uses the YAML tag !!js/function, which studyguide does not read' }),
      );
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
    // YAML's own tags are read as usual.
    expect(parseDeck('---\ntitle: !!str 2024\n---\n# T\n\n## S\n\n### Q?\n\n> a\n', { file: 'd.md', slug: 'd' }).title).toBe('2024');
  });

  it('a YAML config file: a tag is an error at its line (it was read silently), a bomb names the file (it named none)', async () => {
    expect(await configError('cardSize: a6\npaper: !!js/function "letter"\n', 'studyguide.config.yaml')).toBe(
      'studyguide.config.yaml:2: config file uses the YAML tag !!js/function, which studyguide does not read — remove the tag: options are plain text, numbers, lists and true/false',
    );
    expect(await configError(BOMB, 'studyguide.config.yaml')).toBe(
      'studyguide.config.yaml:1: config file is not valid YAML (Excessive alias count indicates a resource exhaustion attack) — write one key per line: paper: letter',
    );
  });

  it('a package.json that is not valid JSON names itself and the line (it said only the parser message)', async () => {
    expect(await configError('{\n  "name": "x",\n  "studyguide": { "paper": "letter" }\n', 'package.json')).toMatch(
      /^package\.json:4: config file is not valid JSON \(.*\) — write one JSON object: \{ "paper": "letter" \}$/,
    );
  });
});
