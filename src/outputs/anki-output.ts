import { allQuestions, answeredOnly, type Deck, type Question } from '../content/model.js';
import { formulasAsTex } from './formulas-as-tex.js';
import type { OutputStep } from './output.js';

/** Tags column in anki.txt (1-based, as Anki's `#tags column:` header counts). */
const TAGS_COLUMN = 3;

/**
 * anki.txt: Anki's plain-text import, one note per question (front = question, back = card
 * answer, a rule, then the full answer). The header lines tell Anki the separator, that fields
 * are HTML and which column holds the tags, so the file imports without settings.
 */
export const ankiOutput: OutputStep = {
  name: 'anki',
  async run({ deck }) {
    return [{ name: 'anki.txt', data: ankiText(answeredOnly(deck)) }];
  },
};

/** The whole import file for a deck. */
export function ankiText(deck: Deck): string {
  const header = ['#separator:tab', '#html:true', `#tags column:${TAGS_COLUMN}`, `#deck:${oneLine(deck.title)}`];
  const rows = allQuestions(deck).map((q) => [field(q.html), field(back(q)), tagsOf(deck, q)].join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}

function back(q: Question): string {
  return q.answerFromCard ? q.cardHtml : `${q.cardHtml}<hr>${q.answerHtml}`;
}

/** Anki tags are space-separated words: deck slug, level, then the question's own tags. */
function tagsOf(deck: Deck, q: Question): string {
  return [deck.slug, q.level, ...q.tags].map((t) => t.trim().replace(/\s+/g, '-')).filter(Boolean).join(' ');
}

/**
 * One HTML field on one line: a tab would start a new field and a newline a new note. Inside
 * `<pre>` a newline is a line break, so it becomes `<br>`; elsewhere it is only spacing.
 */
function field(html: string): string {
  const flat = formulasAsTex(html)
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part, i) => part.replace(/\n/g, i % 2 ? '<br>' : ' '))
    .join('')
    .replace(/\t/g, '&#9;')
    .replace(/\r/g, '');
  // A field that starts with a quote would be read as a quoted CSV field.
  return flat.startsWith('"') ? `&quot;${flat.slice(1)}` : flat;
}

const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').trim();
