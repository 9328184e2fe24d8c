import type { Text } from 'mdast';
import type { QuoteMarks } from './smart-quotes.js';

/** A language's outer (double) and inner (single) quotation marks, opening and closing. */
export interface LangQuotes {
  open: QuoteMarks;
  close: QuoteMarks;
  /** Marks that open and close differently but sit in text without spaces (Japanese 「…」): paired in turn, not by the spaces around them. */
  paired?: boolean;
  /** The script a block must be written in to take these marks (a Latin line of a Japanese deck keeps “…” ‘…’). */
  script?: RegExp;
}

const mark = (outer: string, inner: string, only?: Pick<LangQuotes, 'paired' | 'script'>): LangQuotes => ({
  open: { double: outer[0], single: inner[0] },
  close: { double: outer[1], single: inner[1] },
  ...only,
});

/** English marks, for a block not in its deck's script. */
const ENGLISH = mark('“”', '‘’');

/**
 * Quotation marks by language (a deck's `lang`, its region first: `de-ch`, then its first
 * subtag), outer and inner, as CLDR and each language's style guides set them; English “…” ‘…’
 * for the rest (Dutch, Portuguese, Turkish, Chinese, Korean… write them too). The apostrophe is ’
 * in every language: which ’ closes an inner quote is read once the pairs are known
 * (resolveQuoteMarks), so German ‚…‘ never makes "geht‘s".
 */
const QUOTES: Record<string, LangQuotes> = {
  de: mark('„“', '‚‘'),
  // Swiss German sets guillemets, pointing outwards and tight against the words.
  'de-ch': mark('«»', '‹›'),
  // French sets them off with narrow no-break spaces (typographic.ts); its inner quote is “…”, as Spanish, Italian, Catalan and Greek.
  fr: mark('«»', '“”'),
  es: mark('«»', '“”'),
  it: mark('«»', '“”'),
  ca: mark('«»', '“”'),
  el: mark('«»', '“”'),
  // European Portuguese (Brazil writes “…” ‘…’).
  'pt-pt': mark('«»', '“”'),
  ru: mark('«»', '„“'),
  uk: mark('«»', '„“'),
  // Polish, Hungarian and Romanian „…” with guillemets inside (Hungarian's point inwards); Czech, Slovak and Bulgarian „…“ ‚…‘, as German.
  pl: mark('„”', '«»'),
  hu: mark('„”', '»«'),
  ro: mark('„”', '«»'),
  cs: mark('„“', '‚‘'),
  sk: mark('„“', '‚‘'),
  bg: mark('„“', '‚‘'),
  // Swedish and Finnish close and open with the same ”…” ’…’; Danish books »…« ›…‹; Norwegian «…» ‘…’.
  sv: mark('””', '’’'),
  fi: mark('””', '’’'),
  da: mark('»«', '›‹'),
  nb: mark('«»', '‘’'),
  no: mark('«»', '‘’'),
  // Hebrew (CLDR) opens and closes with the same ”…” and ’…’: English “…” printed its opening mark upside down on a right-to-left line.
  he: mark('””', '’’'),
  // Japanese corner brackets, 「…」 and 『…』 inside.
  ja: mark('「」', '『』', { paired: true, script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u }),
  // Chinese has no spaces either: Simplified sets “…” ‘…’, Traditional (Taiwan, Hong Kong) corner brackets as Japanese.
  zh: mark('“”', '‘’', { paired: true, script: /\p{Script=Han}/u }),
  'zh-hant': mark('「」', '『』', { paired: true, script: /\p{Script=Han}/u }),
  'zh-tw': mark('「」', '『』', { paired: true, script: /\p{Script=Han}/u }),
  'zh-hk': mark('「」', '『』', { paired: true, script: /\p{Script=Han}/u }),
};

/** The quotes of a deck's language: its region's own, else its language's; undefined for English marks. */
export function quotesFor(lang: string): { key: string; quotes: LangQuotes } | undefined {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const [primary, region] = tag.split('-');
  const key = region && QUOTES[`${primary}-${region}`] ? `${primary}-${region}` : primary;
  return QUOTES[key] ? { key, quotes: QUOTES[key] } : undefined;
}

/**
 * What SmartyPants writes for a language with its own marks: private-use stand-ins, one character
 * each, put right by resolveQuoteMarks once a block's pairs are known (the single closing mark is
 * also the apostrophe, which stays ’).
 */
export const STAND_INS: { open: QuoteMarks; close: QuoteMarks } = {
  open: { double: '\uE011', single: '\uE013' },
  close: { double: '\uE012', single: '\uE014' },
};
const ANY_STAND_IN = /[\uE011-\uE014]/;

const LETTER = /[\p{L}\p{N}]/u;
const LATIN = /[\p{Script=Latin}\p{N}]/u;

/**
 * A block's stand-ins (its texts in order, so a quote may hold emphasis) as the language's marks:
 * a single closing mark between two letters, or with no inner quote open, is an apostrophe (’);
 * one that follows an opening is the inner quote's closing mark. Paired languages (Japanese, no
 * spaces to tell an opening by) open where no quote of the kind is open; a block without the
 * language's script takes English marks.
 */
export function resolveQuoteMarks(texts: Text[], deckQuotes: LangQuotes): void {
  if (!texts.some((t) => ANY_STAND_IN.test(t.value))) return;
  const joined = texts.map((t) => t.value).join('');
  const quotes = !deckQuotes.script || deckQuotes.script.test(joined) ? deckQuotes : { ...ENGLISH, paired: deckQuotes.paired };
  // UTF-16 units, as a text's length counts them.
  const all = joined.split('');
  let doubleOpen = false;
  let singleOpen = false;
  for (let at = 0; at < all.length; at++) {
    const before = all[at - 1] ?? '';
    const after = all[at + 1] ?? '';
    switch (all[at]) {
      case STAND_INS.open.double:
        all[at] = quotes.open.double;
        doubleOpen = true;
        break;
      case STAND_INS.close.double:
        if (quotes.paired && !doubleOpen) {
          all[at] = quotes.open.double;
          doubleOpen = true;
        } else {
          all[at] = quotes.close.double;
          doubleOpen = false;
        }
        break;
      case STAND_INS.open.single:
        all[at] = quotes.open.single;
        singleOpen = true;
        break;
      case STAND_INS.close.single:
        // Between two letters (Latin ones in a paired language, whose words run on without spaces): an apostrophe.
        if (quotes.paired ? LATIN.test(before) && LATIN.test(after) : LETTER.test(before) && LETTER.test(after)) all[at] = '’';
        else if (singleOpen) {
          all[at] = quotes.close.single;
          singleOpen = false;
        } else if (quotes.paired && !LATIN.test(before) && LETTER.test(after)) {
          all[at] = quotes.open.single;
          singleOpen = true;
        } else all[at] = '’';
        break;
    }
  }
  let start = 0;
  for (const text of texts) {
    text.value = all.slice(start, start + text.value.length).join('');
    start += text.value.length;
  }
}
