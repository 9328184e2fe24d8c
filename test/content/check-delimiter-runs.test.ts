import { describe, expect, it } from 'vitest';
import { checkDelimiterRuns, MAX_BRACKETS, MAX_DELIMITER_RUNS, MAX_RUN_MARKS } from '../../src/content/check-delimiter-runs.js';

const many = (n: number, unit = '*a') => unit.repeat(n);

/** The line checkDelimiterRuns refuses, or 'ok'. */
function refused(lines: string[]): number | 'ok' {
  try {
    checkDelimiterRuns(lines.join('\n'), 'd.md');
    return 'ok';
  } catch (err) {
    expect((err as { hint: string }).hint).toContain('escape literal marks');
    return (err as { line: number }).line;
  }
}

describe('the emphasis-marks check', () => {
  it('refuses one paragraph with more runs than the limit, at its first line', () => {
    expect(refused(['# T', '', '### Q?', '', many(MAX_DELIMITER_RUNS + 1)])).toBe(5);
    expect(refused(['### Q?', '', 'lead', ...Array.from({ length: 600 }, () => many(10, '_b'))])).toBe(3);
    expect(refused(['### Q?', '', many(MAX_DELIMITER_RUNS + 1, 'a~')])).toBe(3);
  });

  // 10,000 `*` either side of a word nest 5,000 emphases: 12 s of CPU, then "nested too deeply to read" with no line.
  it('refuses one run of more marks than MAX_RUN_MARKS at its line, but not a rule of marks alone', () => {
    const run = '*'.repeat(MAX_RUN_MARKS + 1);
    expect(refused(['### Q?', '', 'lead', `${run}x${run}`])).toBe(4);
    expect(refused(['### Q?', '', `Name: ${'_'.repeat(MAX_RUN_MARKS + 1)}`])).toBe(3);
    expect(refused(['### Q?', '', run, '', '~'.repeat(5_000)])).toBe('ok');
    expect(refused([`${'*'.repeat(MAX_RUN_MARKS)}x${'*'.repeat(MAX_RUN_MARKS)}`])).toBe('ok');
  });

  it('lets the limit itself through, and counts runs, not marks', () => {
    expect(refused([many(MAX_DELIMITER_RUNS)])).toBe('ok');
    expect(refused(['**' + 'a'.repeat(50_000) + '**'])).toBe('ok');
  });

  it('counts each paragraph, table row, list item and heading on its own', () => {
    const half = many(MAX_DELIMITER_RUNS / 2 + 1);
    expect(refused([half, '', half])).toBe('ok');
    expect(refused([`| ${half} |`, `| ${half} |`])).toBe('ok');
    expect(refused([`- ${half}`, `- ${half}`])).toBe('ok');
    expect(refused([`1. ${half}`, `2. ${half}`])).toBe('ok');
    expect(refused([`## ${half}`, half])).toBe('ok');
    // Lines of one paragraph add up.
    expect(refused(['x', half, half])).toBe(1);
  });

  it('skips escaped marks and closed code fences, not unclosed ones', () => {
    expect(refused([many(MAX_DELIMITER_RUNS + 1, '\\*a')])).toBe('ok');
    expect(refused(['```', many(MAX_DELIMITER_RUNS + 1), '```'])).toBe('ok');
    expect(refused(['```', 'code', 'text', many(MAX_DELIMITER_RUNS + 1)])).toBe(1);
  });
});

// Link brackets cost the square of their number too: 20,000 "[ " then as many "] " took 55 s to parse.
describe('the link-brackets check', () => {
  const bracketsRefused = (text: string): string | number => {
    try {
      checkDelimiterRuns(text, 'd.md');
      return 'ok';
    } catch (err) {
      expect((err as { message: string }).message).toContain('[ brackets');
      return (err as { line: number }).line;
    }
  };

  it('refuses a paragraph of more brackets than the limit, at its first line, and passes escaped ones and the limit itself', () => {
    expect(bracketsRefused(`### Q?\n\n${'[ '.repeat(MAX_BRACKETS + 1)}${'] '.repeat(MAX_BRACKETS + 1)}`)).toBe(3);
    expect(bracketsRefused('[a] '.repeat(MAX_BRACKETS))).toBe('ok');
    expect(bracketsRefused('\\[a] '.repeat(MAX_BRACKETS * 2))).toBe('ok');
  });
});
