import type { Diagnostic } from '../model/deck.js';
import { fencedLines } from './fences.js';

// A note kept for a flashcard plugin of a notes app, one question a file: banner lines name its parts
// (`==== Question ====` over the question, `==== Answer ====` over the answer, `==== Id ====` over the
// note's number), and after a rule a block of the plugin's settings (`DECK INFO`, `TARGET DECK: …`,
// `FILE TAGS: …`, a query block, `QUESTION STATUS: …`). Markdown read each banner as a section, the question
// heading as a section over nothing and the settings' `a::b` lines as flashcards. Read on the source text, line
// for line: the question is a `###` heading, its number an `Id:` line under it, the banners blank lines, and the
// settings left out, said in one warning.

const BANNER = /^[ \t]*={3,}[ \t]*(question|answer|id)[ \t]*={3,}[ \t]*$/i;
// The plugin's settings block opens with this line after a rule.
const SETTINGS = /^[ \t]*DECK INFO[ \t]*$/;
const ATX = /^[ \t]{0,3}#{1,6}[ \t]+/;

/** The text with note banners read as our format's question, `Id:` line and answer; the settings block left out into `early`. */
export function noteBanners(text: string, file: string, early: Diagnostic[]): string {
  if (!/^[ \t]*={3,}[ \t]*question[ \t]*={3,}[ \t]*$/im.test(text) || !/^[ \t]*={3,}[ \t]*answer[ \t]*={3,}[ \t]*$/im.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const next = (i: number): number => {
    let k = i + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    return k;
  };
  let answerAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = fenced[i] ? null : BANNER.exec(lines[i]);
    let rule = i - 1;
    while (rule >= 0 && !lines[rule].trim()) rule--;
    if (SETTINGS.test(lines[i]) && !fenced[i] && rule >= 0 && /^[ \t]*-{3,}[ \t]*$/.test(lines[rule])) {
      const said = lines.slice(i + 1).filter((l) => /^[ \t]*[A-Z][A-Za-z ]*:/.test(l)).map((l) => l.split(':')[0].trim());
      early.push({ file, line: rule + 1, severity: 'warning', code: 'left-out', message: `the flashcard plugin's settings of this note (${['DECK INFO', ...said].join(', ')}) left out — they are the notes app's, not the bank's` });
      for (let k = rule; k < lines.length; k++) lines[k] = '';
      break;
    }
    if (!m) continue;
    const kind = m[1].toLowerCase();
    lines[i] = '';
    if (kind === 'question') {
      // The question under it, a heading or a line of its own, is our `###` question.
      const q = next(i);
      if (q < lines.length) lines[q] = `### ${lines[q].replace(ATX, '').trim()}`;
    } else if (kind === 'answer') answerAt = i;
    else {
      // The note's number under its banner is the question's `Id:`, written where the answer banner was, right under the question.
      const v = next(i);
      if (v < lines.length && /^\s*\S+\s*$/.test(lines[v]) && answerAt >= 0) {
        lines[answerAt] = `Id: ${lines[v].trim()}`;
        lines[v] = '';
      }
    }
  }
  return lines.join('\n');
}
