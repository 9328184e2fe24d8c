import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { bundledOut } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

/**
 * A two-line contents entry fills its first line as prose does: balanced, Q22 of the bundled
 * infrastructure guide broke "What are RTO and RPO, and how do | they drive your backup/DR design?",
 * its first line a third short of the measure. Now "they drive your" print on the first line, and
 * its last two words go over together.
 */
describe("the bundled guide's contents", () => {
  it('fills the first line of a two-line entry', () => {
    const pages = pdfWords(path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf'));
    const entry = (words: { text: string }[]) => words.findIndex((w, i) => w.text === 'RTO' && words[i - 1]?.text === 'are');
    const words = pages.find((p) => entry(p.words) > 0)?.words ?? [];
    const at = entry(words);
    expect(at, 'Q22 on the contents page').toBeGreaterThan(0);
    const line = words[at].yMin;
    const they = words.slice(at).find((w) => w.text === 'they');
    expect(they && Math.abs(they.yMin - line), '"they" on the first line').toBeLessThan(2);
    const last = words.slice(at).find((w) => w.text === 'design?');
    const before = words[words.indexOf(last!) - 1];
    expect(Math.abs(before.yMin - last!.yMin), 'the last two words on one line').toBeLessThan(2);
  });
});
