import type { Root, Text } from 'mdast';
import { visit } from './visit-tree.js';
import type { RenderContext } from '../model/render-context.js';

/**
 * One-letter words that Polish, Czech and Slovak typesetting never leaves at a line's end (a
 * "sierotka" or "vdova" a proofreader marks): the conjunctions and prepositions, by the first
 * subtag of the deck's `lang`.
 */
const SHORT_WORDS: Record<string, string> = {
  pl: 'aiouwzAIOUWZ',
  cs: 'aikosuvzAIKOSUVZ',
  sk: 'aikosuvzAIKOSUVZ',
};

/** The text with each one-letter word of `letters` tied to the word after it by a no-break space. */
export function tieShortWords(text: string, letters: string): string {
  const word = new RegExp(`(?<![\\p{L}\\p{N}_\\-.'’])([${letters}]) (?=\\S)`, 'gu');
  // Twice: in "i w domu" the second word's space is only found once the first is tied.
  return text.replace(word, '$1\u00a0').replace(word, '$1\u00a0');
}

const shortWordsOf = (lang: string): string | undefined => SHORT_WORDS[lang.toLowerCase().split(/[-_]/)[0]];

/** `text` (a title) with the one-letter words of `lang`'s typesetting tied (tieShortWords); as written in other languages. */
export function tieShortWordsIn(text: string, lang: string): string {
  const letters = shortWordsOf(lang);
  return letters ? tieShortWords(text, letters) : text;
}

/**
 * remark plugin: in a Polish, Czech or Slovak deck a one-letter word ("w", "i", "z", "k") goes
 * over the line with the word after it. Code and maths are not text nodes, so they stay as written.
 */
export function remarkTieShortWords() {
  return (tree: Root, file: { data: unknown }) => {
    const letters = shortWordsOf((file.data as { studyguide?: RenderContext }).studyguide?.lang ?? 'en');
    if (!letters) return;
    visit(tree, 'text', (text: Text) => {
      text.value = tieShortWords(text.value, letters);
    });
  };
}
