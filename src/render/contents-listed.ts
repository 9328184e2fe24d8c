import type { Section } from '../model/deck.js';
import { decodeEntities, stripTags } from './html-text.js';

/**
 * Text this long (in characters) or longer is one a reader turns to: about three lines of the
 * guide. A shorter note under a heading with no questions ("Formato común" over one line of
 * examples, a group's lead-in) reads in the contents as a heading whose questions went missing.
 */
const READ_TEXT = 280;
/** A list, a table, code or a picture in a section's text: something to look up. */
const LOOKED_UP = /<(?:ul|ol|table|pre|img|svg|figure)\b/;

/**
 * Whether the contents list a section: one with questions, a part's opening, or one with no
 * questions whose text a reader would look for (READ_TEXT characters, or a list, table, listing
 * or picture), as a deck's closing text in a combined guide. A Spanish bank's guide listed
 * "Preguntas de Case Study — Formato común", two lines of text, among sections of questions.
 */
export function listedInContents(s: Pick<Section, 'id' | 'questions' | 'introHtml' | 'part'>): boolean {
  if (s.questions.length || s.part?.id === s.id) return true;
  return LOOKED_UP.test(s.introHtml) || decodeEntities(stripTags(s.introHtml)).trim().length >= READ_TEXT;
}
