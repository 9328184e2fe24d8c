import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { type BuildEvent } from '../../src/model/build-options.js';
import { checkDecks } from '../../src/check/check-deck.js';
import { unusedSession } from '../helpers.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import type { BuildOptions } from '../../src/model/build-options.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../temp-dir.js';

// `build` and `check` take a deck's findings from one place (check/deck-findings.ts): the same
// lines, rules and severities. The CSV output prints nothing, so no browser starts.
const deck = 'test/fixtures/findings-shared/deck.md';

async function buildFindings(file: string) {
  const events: BuildEvent[] = [];
  const outDir = await tempDir('sg-findings-');
  const result = await build({ ...defaultOptions(), paths: [file], outDir, outputs: ['csv'], cache: false } as BuildOptions, (e) => events.push(e), {
    session: unusedSession(),
  });
  const warnings = events.flatMap((e) => (e.type === 'warning' ? [`${e.diagnostic.line} ${e.diagnostic.severity} ${e.diagnostic.code}`] : []));
  return { result, warnings };
}

parseInPlace();

describe('build and check report the same findings', () => {
  it('with the same lines, codes and severities', async () => {
    const { result, warnings } = await buildFindings(deck);
    expect(result.failed).toEqual([]);
    const checked = await checkDecks([deck], { ...defaultOptions(), paths: [] } as BuildOptions);
    // check alone estimates card lengths (the build measures printed cards instead).
    const fromCheck = checked.findings.filter((f) => f.code !== 'card-too-long').map((f) => `${f.line} ${f.level} ${f.code}`);
    expect(fromCheck).toEqual([
      '3 warning unknown-front-matter',
      '12 warning empty-tag',
      '16 warning duplicate-question',
      '20 warning near-duplicate',
      '28 warning image-blocked',
      '30 warning missing-anchor',
      '32 warning no-card-answer',
    ]);
    expect(warnings).toEqual(fromCheck);
    expect(checked.errors).toBe(0);
  });

  it('an error in check is a failed deck in build', async () => {
    const bad = 'test/fixtures/check-deck-rules/deck.md';
    const checked = await checkDecks([bad], { ...defaultOptions(), paths: [] } as BuildOptions);
    expect(checked.errors).toBeGreaterThan(0);
    const { result } = await buildFindings(bad);
    expect(result.failed.map((f) => f.file)).toEqual([bad]);
  });
});
