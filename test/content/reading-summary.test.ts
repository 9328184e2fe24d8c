import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingSummary } from '../../src/content/layouts/summary.js';
import { createBuildReporter, formatCheckReport } from '../../src/cli/terminal.js';
import { createWatchReporter } from '../../src/watch/watch-report.js';
import { check } from '../../src/api.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../temp-dir.js';

const MESSY = 'test/fixtures/layouts/details-messy/input.md';
const MESSY_READ = '4 questions (details blocks), 1 without an answer, 3 navigation blocks left out, 1 other block left out (see warnings)';

/** A reporter's streams that collect what is written. */
function collect() {
  const text = { out: '', err: '' };
  return { text, streams: { out: { write: (s: string) => (text.out += s) }, err: { write: (s: string) => (text.err += s) } } };
}


// About what the command prints and reads, not the parser's thread: decks parse in place.
parseInPlace();
describe('the read: line', () => {
  it('says what a bank held, leaving out zero counts', () => {
    expect(readingSummary({ layout: 'details', detected: true, questions: 48, open: 19, navigation: 3, navigationLines: [], leftOut: 0 })).toBe('48 questions (details blocks), 19 without an answer, 3 navigation blocks left out');
    expect(readingSummary({ layout: 'studyguide', detected: true, questions: 12500, open: 1200, navigation: 0, navigationLines: [], leftOut: 0 })).toBe('12,500 questions (studyguide format), 1,200 without an answer');
    expect(readingSummary({ layout: 'studyguide', detected: true, questions: 1, open: 0, navigation: 0, navigationLines: [], leftOut: 2 })).toBe('1 question (studyguide format), 2 other blocks left out (see warnings)');
  });

  it('is printed under the deck line of the build report', () => {
    let out = '';
    const streams = { out: { write: (s: string) => (out += s) }, err: { write: () => true } };
    const report = createBuildReporter(streams, 'normal', { env: { NO_COLOR: '1' } });
    report.event({ type: 'read', deck: 'bank', summary: '3 questions (Q:/A: pairs)' });
    report.event({ type: 'output', deck: 'bank', file: 'out/bank/guide.pdf', pages: 2, bytes: 2048, ms: 1000 });
    report.summary({ built: ['bank'], failed: [] });
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^bank → out\/bank\//);
    expect(lines[1]).toBe('  read: 3 questions (Q:/A: pairs)');
  });

  it('is what check says of each deck it read, in the same words as build', async () => {
    const result = await check({ paths: ['content/kubernetes-admin.md', MESSY], config: false });
    expect(result.decks).toEqual([
      { file: 'content/kubernetes-admin.md', read: expect.stringMatching(/^\d+ questions \(studyguide format\)$/) },
      { file: MESSY, read: MESSY_READ },
    ]);
    const lines = formatCheckReport(result, 'normal', {}, { NO_COLOR: '1' }).trimEnd().split('\n');
    expect(lines).toContain(`${MESSY}: read: ${MESSY_READ}`);
    // The tally stays last; --quiet prints no read lines.
    expect(lines.at(-1)).toMatch(/in 2 decks$/);
    expect(formatCheckReport(result, 'quiet', {}, { NO_COLOR: '1' })).not.toContain('read:');
  });

  it('is not printed by check for a deck that could not be read (its error is)', async () => {
    const dir = await tempDir('sg-read-');
    const broken = path.join(dir, 'broken.md');
    await writeFile(broken, '# Broken\n\n## Section\n\n### Answered?\n\n> Yes.\n\n### A question without an answer\n');
    try {
      const result = await check({ paths: [broken, MESSY], config: false });
      expect(result.findings.some((f) => f.file === broken && f.code === 'invalid-deck')).toBe(true);
      expect(result.decks.map((d) => d.file)).toEqual([MESSY]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is printed by watch when a deck is first served, and again only when a save changes it', () => {
    const { text, streams } = collect();
    const report = createWatchReporter(streams as never, 'normal');
    const preview = { slug: 'bank', file: 'bank.md', ms: 5, read: '3 questions (Q:/A: pairs)' };
    report({ type: 'listening', url: 'http://127.0.0.1:1/', previews: [preview] });
    report({ type: 'preview', preview, changed: 'bank.md' });
    report({ type: 'preview', preview: { ...preview, read: '4 questions (Q:/A: pairs), 1 without an answer' }, changed: 'bank.md' });
    const reads = text.out.split('\n').filter((l) => l.includes('read:')).map((l) => l.trim());
    expect(reads).toEqual(['read: 3 questions (Q:/A: pairs)', 'read: 4 questions (Q:/A: pairs), 1 without an answer']);
  });
});

