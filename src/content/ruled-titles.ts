// A bank typed as plain text may draw its titles with rules: its name in a box of box-drawing
// characters (`╔═══╗` / `║  DATA ENGINEER INTERVIEW PRACTICE  ║` / `╚═══╝`) and each topic
// between two lines of `=` or `─` (`=====` / `PIPELINES (4 questions total)` / `=====`).
// Markdown reads the box as a paragraph of borders and a topic's lines as a setext heading that
// starts with its top rule ("===== PIPELINES"), so the bank's title was its first topic and its
// name the introduction's first words. Read on the source text before markdown sees it, the box
// is the `#` title (its further lines a paragraph under it) and each ruled line a heading, `##`
// under the first kind of rule met and `###` under the second; a rule becomes a blank line, so
// every line keeps its number.

import { fencedLines } from './fences.js';

/** A rule drawn as text: a run of one of these characters, nothing else on the line. */
const RULE = /^[ \t]*(=|─|━|═|~|\*|#){8,}[ \t]*$/u;
const BOX_TOP = /^[ \t]*╔═*╗[ \t]*$/u;
const BOX_SIDE = /^[ \t]*║(.*)║[ \t]*$/u;
const BOX_BOTTOM = /^[ \t]*╚═*╝[ \t]*$/u;
/** A count a generated bank puts after a topic's name (`(4 questions total)`, `(12 Qs)`), which the printed section says itself. */
const COUNT = /\s*\(\s*\d[\d,]*\s+(?:questions?|qs)(?:\s+total)?\s*\)\s*$/iu;

/** The rule's character, when the line is a rule. */
const ruleOf = (line: string): string | undefined => RULE.exec(line)?.[1];

/** The text with its box banner as the `#` title and its ruled lines as headings; fenced code stays. */
export function ruledTitles(text: string): string {
  if (!/[╔═─━]|={8,}|~{8,}/u.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const kinds: string[] = [];
  let titled = /^(?:\s*\n)*#[ \t]/.test(text);
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    if (!titled && BOX_TOP.test(lines[i])) {
      const end = lines.findIndex((line, j) => j > i && !BOX_SIDE.test(line));
      if (end > i + 1 && BOX_BOTTOM.test(lines[end])) {
        const inside = lines.slice(i + 1, end).map((line) => BOX_SIDE.exec(line)![1].trim());
        const first = inside.findIndex(Boolean);
        if (first >= 0) {
          lines[i] = '';
          // A heading is one line: the box's further lines are a paragraph under it.
          inside.forEach((words, k) => (lines[i + 1 + k] = k === first ? `# ${words}` : words));
          lines[end] = '';
          titled = true;
          i = end;
          continue;
        }
      }
    }
    const rule = ruleOf(lines[i]);
    const name = lines[i + 1]?.trim();
    // A rule under a line of text is that line's setext underline, not the top of a ruled title.
    if (!rule || (i > 0 && lines[i - 1].trim()) || !name || ruleOf(lines[i + 2] ?? '') !== rule || !/\p{L}/u.test(name) || name.length > 100 || /^[#>|*-]/.test(name)) continue;
    if (!kinds.includes(rule)) kinds.push(rule);
    const depth = Math.min(kinds.indexOf(rule) + 2, 6);
    lines[i] = '';
    lines[i + 1] = `${'#'.repeat(depth)} ${name.replace(COUNT, '')}`;
    lines[i + 2] = '';
    i += 2;
  }
  return lines.join('\n');
}
