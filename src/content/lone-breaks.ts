// A bank spacing its items with a line break typed alone on a line (`<br>` under a blank line,
// then `7. What is a bean's life cycle?`): markdown opens an HTML block at such a line and takes
// every line under it into the block up to the next blank line, so the questions there were
// left out as raw HTML. Alone under a blank line a break spaces nothing, so the line is read as
// the blank line it stands for (the same count of lines, so every message keeps its line number).

import { fencedLines } from './fences.js';

const LONE_BREAK = /^ {0,3}<br\s*\/?>[ \t]*$/i;

/** The text with each lone `<br>` line that would open an HTML block over more lines made blank. */
export function loneBreaks(text: string): string {
  if (!/^ {0,3}<br\s*\/?>[ \t]*$/im.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  let changed = false;
  for (let i = 0; i < lines.length - 1; i++) {
    const opens = i === 0 || !lines[i - 1].trim();
    if (!fenced[i] && opens && LONE_BREAK.test(lines[i]) && lines[i + 1].trim() && !LONE_BREAK.test(lines[i + 1])) {
      lines[i] = '';
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}
