import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDecks } from '../../src/check/check-deck.js';
import type { BuildOptions } from '../../src/model/build-options.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

const opts = { ...defaultOptions(), paths: [] } as BuildOptions;

// About what the command prints and reads, not the parser's thread: decks parse in place.
parseInPlace();
describe('check: note ids across decks', () => {
  it("warns when two decks give a question the same Id (one Anki note), at the second one's line", async () => {
    const dir = await tempDir('studyguide-shared-');
    await writeFile(path.join(dir, 'a.md'), '# A\n\n## S\n\n### What is DNS?\n\nId: dns\n\n> Names.\n');
    await writeFile(path.join(dir, 'b.md'), '# B\n\n## S\n\n### What is TCP?\n\n> Streams.\n\n### What does DNS do?\n\nId: dns\n\n> Names.\n');
    const { findings } = await checkDecks([dir], opts);
    const shared = findings.filter((f) => f.code === 'shared-id');
    expect(shared.map((f) => [path.basename(f.file), f.line, f.level])).toEqual([['b.md', 9, 'warning']]);
    expect(shared[0].message).toContain(`also used in ${path.join(dir, 'a.md')}:5`);
  });

  it('says nothing when the same question text sits in two decks without Ids (their note ids differ)', async () => {
    const dir = await tempDir('studyguide-shared-');
    await writeFile(path.join(dir, 'a.md'), '# A\n\n## S\n\n### What is DNS?\n\n> Names.\n');
    await writeFile(path.join(dir, 'b.md'), '# B\n\n## S\n\n### What is DNS?\n\n> Names.\n');
    const { findings } = await checkDecks([dir], opts);
    expect(findings.filter((f) => f.code === 'shared-id')).toEqual([]);
  });
});
