import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, squash } from '../helpers.js';
import { outlineOf } from './guide-reading.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A bank grouped by colon lines: `Hands-on Questions:` over two sections, then `Team Questions:`
// with questions of its own, which makes the second part of the guide by itself.
const bank = readFileSync('test/fixtures/part-own-questions/platform.md', 'utf8');

describe('the bookmarks of a part made of a section with its own questions', () => {
  let entries: string[] = [];
  beforeAll(async () => {
    const out = await buildDeckText('platform', bank, ['guide']);
    const outline = await outlineOf(path.join(out, 'guide.pdf'));
    entries = outline.filter((e) => e.depth >= 1).map((e) => `${e.depth} ${squash(e.title)}`);
  });

  it('holds its questions under the part, as the contents list them', () => {
    expect(entries.slice(entries.indexOf('1 Team Questions'))).toEqual([
      '1 Team Questions',
      '2 Q5 Tell me about an outage you handled at night.',
      '2 Q6 How do you hand over a pager week?',
    ]);
  });
});
