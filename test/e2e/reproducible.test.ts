import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, pdfPages, tempDir } from '../helpers.js';

/** Every file under a folder (relative path → bytes), the cache records left out: they name the folder. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (!e.name.startsWith('.studyguide-')) found.set(path.relative(dir, full), await readFile(full));
    }
  };
  await walk(dir);
  return found;
}

describe('a build under SOURCE_DATE_EPOCH', () => {
  beforeAll(() => void (process.env.SOURCE_DATE_EPOCH = '1767225600'));
  afterAll(() => void delete process.env.SOURCE_DATE_EPOCH);

  // guide.pdf is left out of the byte comparison: one of its object streams (the structure tree
  // Chromium writes) still differs now and then between two prints; its text and pages must not.
  it('writes the same bytes twice for the bundled decks, every default output but guide.pdf', async () => {
    const [a, b] = [await tempDir('studyguide-repro-a-'), await tempDir('studyguide-repro-b-')];
    for (const outDir of [a, b]) {
      const { result } = await buildWith({ paths: ['content'], outDir, cache: false });
      expect(result.failed).toEqual([]);
    }
    const [first, second] = [await files(a), await files(b)];
    expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
    expect([...first.keys()].filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(3);
    const guides = [...first.keys()].filter((f) => f.endsWith('guide.pdf'));
    const differ = [...first].filter(([name, bytes]) => !guides.includes(name) && !bytes.equals(second.get(name)!)).map(([name]) => name);
    expect(differ).toEqual([]);
    for (const guide of guides) expect(pdfPages(path.join(b, guide)), guide).toEqual(pdfPages(path.join(a, guide)));
  });
});
