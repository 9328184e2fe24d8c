import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUnlessFresh } from '../../src/cache/build-memo.js';
import { resolveOptions } from '../../src/config/config.js';
import { ParseThread, parseLimits } from '../../src/parse-thread/parse-off-thread.js';
import { tempDir, unusedSession } from '../helpers.js';

// The parser's thread starts as soon as a build knows it has something to build (build-memo.ts),
// before build.js has looked at a deck: a build that stops before its first deck must end it too,
// or a program calling the API keeps a thread and its heap for nothing.
describe('the parser a build starts early', () => {
  it('is ended when the build stops before its first deck', async () => {
    const outDir = await tempDir();
    const parser = new ParseThread({ ...parseLimits({}), inlineBytes: 0 });
    const opts = resolveOptions(['content/kubernetes-admin.md'], {}, { outDir, cache: false, onlyIds: path.join(outDir, 'no-such-list.txt') });
    await expect(buildUnlessFresh(opts, () => undefined, { session: unusedSession(), parser })).rejects.toThrow(/cannot read the --only-ids file/);
    expect(parser.running).toBe(false);
  });
});
