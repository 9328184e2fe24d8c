import { describe, expect, it } from 'vitest';
import { readingSummary } from '../../src/content/layouts/summary.js';
import { createBuildReporter } from '../../src/terminal.js';

describe('the read: line', () => {
  it('says what a bank held, leaving out zero counts', () => {
    expect(readingSummary({ layout: 'details', detected: true, questions: 48, open: 19, navigation: 3, leftOut: 0 })).toBe('48 questions (details blocks), 19 without an answer, 3 navigation blocks left out');
    expect(readingSummary({ layout: 'studyguide', detected: true, questions: 1, open: 0, navigation: 0, leftOut: 2 })).toBe('1 question (studyguide format), 2 other blocks left out (see warnings)');
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
});
