import type { PageMap } from '../render/view.js';
import { flashcardNotes, NOTE_FIELDS, NOTE_TYPE } from './flashcard-notes.js';
import { answeredOnly, type Deck } from '../model/deck.js';
import type { OutputStep } from './output.js';
import { ANKI_TEXT_GUARD, guardFormula, startsFormula } from './formula-cells.js';

/** Columns of anki.txt (1-based, as Anki's `#… column:` headers count them). */
export const ANKI_COLUMNS = { guid: 1, deck: 2, firstField: 3, tags: 3 + NOTE_FIELDS.length } as const;

/**
 * anki.txt: Anki's plain-text import, one note per question: its guid, its sub-deck
 * (`Deck::Section`), the fields of the studyguide note type and its tags. The header lines tell
 * Anki all of that, so the file imports without settings, and the guid column makes a
 * re-import update the notes it made before instead of adding copies.
 */
export const ankiOutput: OutputStep = {
  name: 'anki',
  async run({ deck }, guidePages) {
    return [{ name: 'anki.txt', data: ankiText(answeredOnly(deck), guidePages) }];
  },
};

/**
 * The whole import file for a deck. `#notetype:` names our note type: once anki.apkg has
 * brought it into the collection the fields land by position; without it Anki falls back to
 * the current note type (Front = question, Back = card answer).
 */
export function ankiText(deck: Deck, guidePages?: PageMap): string {
  const header = [
    '#separator:tab',
    '#html:true',
    `#guid column:${ANKI_COLUMNS.guid}`,
    `#notetype:${NOTE_TYPE}`,
    `#deck column:${ANKI_COLUMNS.deck}`,
    `#tags column:${ANKI_COLUMNS.tags}`,
  ];
  const rows = flashcardNotes(deck, guidePages).map((n) =>
    [plain(n.guid), plain(guardFormula(n.deck, ANKI_TEXT_GUARD)), ...n.fields.map(field), plain(guardFormula(n.tags.join(' '), ANKI_TEXT_GUARD))].join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}

/** A column Anki reads as text, not HTML (guid, deck, tags): quoted, quotes doubled, when it holds a quote. */
function plain(text: string): string {
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One HTML field on one line: a tab would start a new field and a newline a new note. Inside
 * `<pre>` a newline is a line break, so it becomes `<br>`; elsewhere it is only spacing.
 */
function field(html: string): string {
  const flat = html
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part, i) => part.replace(/\n/g, i % 2 ? '<br>' : ' '))
    .join('')
    .replace(/\t/g, '&#9;')
    .replace(/\r/g, '');
  // A field that starts with a quote would be read as a quoted CSV field; one that starts with = + - or @ is a
  // formula in a spreadsheet (cmd|… runs a program), so that character is written as an entity Anki shows the same.
  if (flat.startsWith('"')) return `&quot;${flat.slice(1)}`;
  return startsFormula(flat) ? `&#${flat.charCodeAt(0)};${flat.slice(1)}` : flat;
}
