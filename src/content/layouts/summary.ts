import { LAYOUT_LABELS, type Reading } from './types.js';

// Thousands grouped: "10,000 questions" is read at a glance, "10000" is counted.
const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, word: string, many = `${word}s`): string => `${count(n)} ${n === 1 ? word : many}`;

/** The summary line of what a deck file held: "48 questions (details blocks), 19 without an answer, …". */
export function readingSummary(r: Reading): string {
  const parts = [`${plural(r.questions, 'question')} (${(r.layouts ?? [r.layout]).map((l) => LAYOUT_LABELS[l]).join('; ')})`];
  if (r.answersFile) parts.push(`answers from ${r.answersFile}`);
  if (r.open) parts.push(`${count(r.open)} without an answer`);
  if (r.navigation) parts.push(`${plural(r.navigation, 'navigation block')} left out`);
  if (r.closingLine) parts.push(`the note after the rule on line ${r.closingLine} read as the deck's closing notes`);
  if (r.adviceLines?.length) parts.push(`the headings under the advice or stories titled on line${r.adviceLines.length > 1 ? 's' : ''} ${r.adviceLines.join(', ')} read as notes, not questions`);
  if (r.leftOut) parts.push(`${plural(r.leftOut, 'other block')} left out (see warnings)`);
  if (r.language) parts.push(`language ${r.language} (read from the text; \`lang:\` in front matter sets it)`);
  return parts.join(', ');
}
