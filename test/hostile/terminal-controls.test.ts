import { describe, expect, it } from 'vitest';
import { foldWarnings, formatCheckReport, formatError } from '../../src/cli/terminal.js';
import { contentError } from '../../src/errors.js';

// A deck's text and file names reach the terminal in messages: their control characters are
// written out, so a deck cannot recolour, clear or rewrite the terminal, nor split a line.

const ESC = '\u001b';

describe('control characters from a deck', () => {
  it('are written out in errors, so the message stays one line of plain text (they reached the terminal raw)', () => {
    const line = formatError(contentError(`evil\nname.md`, 5, `question "What ${ESC}[2J${ESC}[31mRED\u0007?" has no answer`, 'add an answer'));
    expect(line).toBe('error: evil\\nname.md:5: question "What \\x1b[2J\\x1b[31mRED\\x07?" has no answer — add an answer');
    expect([...line].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)).toBe(false);
  });

  it('are written out in warnings and check reports, ours colours kept', () => {
    const [warning] = foldWarnings([{ file: 'd.md', line: 3, code: 'left-out', message: `text "\r✓ built${ESC}[K" left out` }], false, 'warning');
    expect(warning.text).toBe('d.md:3: warning: text "\\r✓ built\\x1b[K" left out');
    const report = formatCheckReport(
      { files: ['d.md'], findings: [{ file: 'd.md', line: 1, level: 'error', message: `bad ${ESC}]0;pwned\u0007 title` }], errors: 1, warnings: 0 },
      'normal',
      { isTTY: false },
      {},
    );
    expect(report.split('\n')[0]).toBe('d.md:1: error: bad \\x1b]0;pwned\\x07 title');
  });

  it('write out bidirectional controls, so a heading cannot turn the rest of the line around', () => {
    // U+202E (right-to-left override) made the terminal show what followed it reversed: the hint,
    // and any line a deck's text fakes (Trojan Source); the isolates (U+2066–U+2069) do the same.
    // A right-to-left mark (U+200F), as Hebrew and Arabic text holds, reorders nothing past itself: kept.
    const line = formatError(contentError('d.md', 7, 'question "First \u202E?rewsna on sah\u202C" has no answer', 'add an answer'));
    expect(line).toBe('error: d.md:7: question "First \\u202e?rewsna on sah\\u202c" has no answer — add an answer');
    const [warning] = foldWarnings([{ file: 'd.md', line: 3, code: 'left-out', message: 'cell "\u2067x\u2069 שלום\u200f" left out' }], false, 'warning');
    expect(warning.text).toBe('d.md:3: warning: cell "\\u2067x\\u2069 שלום\u200f" left out');
  });
});
