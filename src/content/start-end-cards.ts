import type { Diagnostic } from '../model/deck.js';
import { fencedLines } from './fences.js';

// Cards written for a notes app's flashcard plugin: `START`, the note type (`Basic`), the front
// (`Front:` optional), `Back:` and the answer, `Tags: …` and the card's `<!--ID: …-->`, then `END`; one on a
// line as `STARTI [Basic] front Back: back ENDI`; the deck named by a `TARGET DECK: …` line. Markdown read the
// blocks as paragraphs of text and found no question. Read on the source text, line for line: each card is
// a `###` question on its `START` line, its tags and id our meta line on the note type's, its answer from `Back:` on.

const START = /^[ \t]*START[ \t]*$/;
const END = /^[ \t]*END[ \t]*$/;
const NOTE_TYPE = /^[ \t]*[\p{L}][\p{L}\p{N} ()-]{0,40}$/u;
const FRONT = /^[ \t]*Front:[ \t]*/;
const BACK = /^[ \t]*Back:[ \t]*/;
const TAGS = /^[ \t]*Tags:[ \t]*(.*)$/;
const CARD_ID = /^[ \t]*<!--[ \t]*ID:[ \t]*(\d+)[ \t]*-->[ \t]*$/;
const INLINE = /^[ \t]*STARTI[ \t]+\[[^\]]*\][ \t]*(.+?)[ \t]+Back:[ \t]*(.*?)[ \t]*ENDI[ \t]*$/;
const SETTING = /^[ \t]*(TARGET DECK|FILE TAGS):/;

/** The text with the plugin's cards as our questions; its settings and any card it cannot place left out into `early`. */
export function startEndCards(text: string, file: string, early: Diagnostic[]): string {
  if (!/^[ \t]*START[ \t]*$/m.test(text) || !/^[ \t]*END[ \t]*$/m.test(text) || !/^[ \t]*Back:/m.test(text)) {
    if (!/^[ \t]*STARTI[ \t]+\[/m.test(text)) return text;
  }
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const settings: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    if (SETTING.test(lines[i])) {
      settings.push({ line: i + 1, text: lines[i].trim() });
      lines[i] = '';
      continue;
    }
    const inline = INLINE.exec(lines[i]);
    if (inline) {
      // One line holds both sides: the answer takes the blank line under it, else the card stays as text, said.
      if (i + 1 < lines.length && !lines[i + 1].trim()) {
        lines[i] = `### ${inline[1]}`;
        lines[i + 1] = inline[2];
      } else early.push({ file, line: i + 1, severity: 'warning', code: 'left-out', message: `the one-line card "${inline[1]}" is printed as text: its answer has no line of its own — leave a blank line under it` });
      continue;
    }
    if (!START.test(lines[i])) continue;
    const end = lines.findIndex((l, k) => k > i && !fenced[k] && END.test(l));
    const back = lines.findIndex((l, k) => k > i && k < end && !fenced[k] && BACK.test(l));
    if (end < 0 || back < 0 || !NOTE_TYPE.test(lines[i + 1] ?? '')) continue;
    const front = lines.slice(i + 2, back).map((l) => l.replace(FRONT, '').trim()).filter(Boolean);
    if (!front.length) continue;
    const meta: string[] = [];
    for (let k = back + 1; k < end; k++) {
      if (fenced[k]) continue;
      const tags = TAGS.exec(lines[k]);
      const id = CARD_ID.exec(lines[k]);
      if (tags) meta.push(`Tags: ${tags[1].trim().split(/[\s,]+/).join(', ')}`);
      if (id) meta.push(`Id: ${id[1]}`);
      if (tags || id) lines[k] = '';
    }
    // The question on the START line; a front of several lines is one question, its lines joined.
    lines[i] = `### ${front.join(' ')}`;
    lines[i + 1] = meta.join(' · ');
    for (let k = i + 2; k < back; k++) lines[k] = '';
    lines[back] = lines[back].replace(BACK, '');
    lines[end] = '';
    i = end;
  }
  if (settings.length) {
    const [first, ...more] = settings;
    const where = more.length ? ` and ${more.length} more (lines ${settings.map((s) => s.line).join(', ')})` : '';
    early.push({ file, line: first.line, severity: 'warning', code: 'left-out', message: `the flashcard plugin's setting "${first.text}"${where} left out — it is the notes app's, not the bank's` });
  }
  return lines.join('\n');
}
