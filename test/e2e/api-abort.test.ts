import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildEvent } from '../../src/index.js';
import { StudyguideError } from '../../src/errors.js';
import { processTree } from '../faults/processes.js';
import { tempDir } from '../helpers.js';

const deck = (title: string) => `# ${title}\n\n## Basics\n\n### What is ${title}?\n\n> A short answer.\n\nA longer answer.\n`;

describe('build() from code', () => {
  it('stops on abort: rejects with code "aborted", leaves later decks unwritten and no browser running', async () => {
    const dir = await tempDir();
    // Four decks, two printed at a time: c and d have not started when the first deck lands.
    for (const name of ['a', 'b', 'c', 'd']) await writeFile(path.join(dir, `${name}.md`), deck(name));
    const out = path.join(dir, 'out');
    const controller = new AbortController();
    const events: BuildEvent['type'][] = [];
    // The API leaves the caller's signal handling alone, even while a browser runs (only the CLI adds its own).
    const listeners = () => ['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s));
    const before = listeners();
    const during: number[][] = [];
    const error = await build({
      paths: [dir],
      outDir: out,
      outputs: ['guide'],
      config: false,
      cache: false,
      signal: controller.signal,
      onEvent: (e) => {
        events.push(e.type);
        during.push(listeners());
        if (e.type === 'output') controller.abort();
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).code).toBe('aborted');
    expect(events[0]).toBe('decks');
    expect(during.length).toBeGreaterThan(1);
    expect(new Set(during.map(String))).toEqual(new Set([String(before)]));
    expect(existsSync(path.join(out, 'c'))).toBe(false);
    expect(existsSync(path.join(out, 'd'))).toBe(false);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
    const browsers = processTree(process.pid).filter((p) => /chrom/i.test(p.cmdline));
    expect(browsers).toEqual([]);
  }, 300_000);
});
