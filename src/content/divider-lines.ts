// A bank typed in a plain editor may draw its level dividers as text, indented with tabs to look
// centred: `\t\t\t\t---------- Beginner Level: -----------` between the items of a numbered list.
// Markdown reads such a line as more of the list item above it (or, after a blank line, as an
// indented code block), so the divider printed inside the last question's answer. Read on the
// source text, before markdown sees it, it is a section heading again; each line stays one line,
// so every message keeps its line number.

import { fencedLines } from './fences.js';

/** A divider line: a name between runs of dashes or equals signs, indented or not. */
const DIVIDER = /^[ \t]*(?:-{3,}|={3,}|—{2,})[ \t]*([^\s\-=—][^\n]*?)[ \t]*[:：]?[ \t]*(?:-{3,}|={3,}|—{2,})[ \t]*$/u;
/** A title typed centred with tabs: a bold phrase alone on its line (`\t\t\t\t**Kubernetes Interview Questions:**`). */
const CENTRED_TITLE = /^[ \t]*\t[ \t]*\*\*([^*\n]+?)[ \t]*[:：]?\*\*[ \t]*$/;
/**
 * A title typed bold with spaces inside its asterisks (`** Kubernetes Interview Questions **:`),
 * which markdown prints as the asterisks they are, not bold: opening the file, it is its title.
 */
const SPACED_TITLE = /^[ \t]*\*\*[ \t]+([^*\n]*[^*\s:：])[ \t]*[:：]?[ \t]*\*\*[ \t]*[:：]?[ \t]*$/;
/** A PEM armour line (`-----BEGIN CERTIFICATE-----`), written in an answer's indented code: never a divider. */
const ARMOUR = /^[ \t]*-{5}(?:BEGIN|END) [A-Z0-9 ]+-{5}[ \t]*$/;

/** A heading indented with a tab to look centred (`\t## Scenarios ##`), which markdown reads as indented code. */
const TABBED_HEADING = /^[ \t]*\t[ \t]*(#{1,6})[ \t]+(\S[^\n]*?)(?:[ \t]+#+)?[ \t]*$/;
const ATX = /^ {0,3}#{1,6}[ \t]/;

/**
 * A tab-indented heading standing alone, a blank line above it and a heading of the bank's own
 * next (`\t## Scenarios ##` over `## Q1: …`): a section typed centred, not a line of code.
 */
function tabbedHeading(lines: string[], i: number): string | undefined {
  const m = TABBED_HEADING.exec(lines[i]);
  if (!m || (i > 0 && lines[i - 1].trim())) return undefined;
  const next = lines.slice(i + 1).find((line) => line.trim());
  return next !== undefined && ATX.test(next) ? `${m[1]} ${m[2]}` : undefined;
}

/**
 * The text with its divider lines written as `## Name` headings (a level's name then gives the
 * questions under it their level), a tab-centred bold title (or one typed with spaces inside
 * its asterisks) opening the file as its `#` title, and a tab-centred heading as the heading it is. Lines in fenced code stay as they are.
 */
export function dividerHeadings(text: string): string {
  if (!/(?:-{3,}|={3,}|—{2,})[ \t]*$/m.test(text) && !/^[ \t]*\t[ \t]*#/m.test(text) && !/^\s*\*\*[ \t]/.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fenced[i]) {
      // A fence's first line starts the file as much as any other line does.
      if (line.trim()) started = true;
      continue;
    }
    const divider = ARMOUR.test(line) ? undefined : DIVIDER.exec(line);
    const title = !started ? (CENTRED_TITLE.exec(line) ?? SPACED_TITLE.exec(line)) : undefined;
    const heading = tabbedHeading(lines, i);
    if (divider && /\p{L}/u.test(divider[1])) lines[i] = `## ${divider[1]}`;
    else if (title) lines[i] = `# ${title[1]}`;
    else if (heading) lines[i] = heading;
    if (line.trim()) started = true;
  }
  return lines.join('\n');
}
