import { chineseScript } from './chinese-script.js';
import { francAll } from 'franc-min';
import { shortLanguage } from './short-language.js';
import { countChars } from './count-chars.js';

/**
 * The languages a deck's text is told apart among (ISO 639-3, as franc names them) and the tags
 * decks use for them. Limited to these, a short English text is not taken for one of the many
 * languages that share its trigrams; each either has labels and hyphenation of its own or a
 * script whose `lang` picks the right glyphs (Chinese, Japanese and Korean share characters).
 */
const TAGS: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  ces: 'cs',
  tur: 'tr',
  rus: 'ru',
  ukr: 'uk',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  ind: 'id',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  ell: 'el',
};

/** The language tags a deck's text can be told to be in. */
export const DETECTED_LANGUAGES: readonly string[] = Object.values(TAGS);

/** Prose read to tell the language: enough for a clear answer, little time on a 4 MB deck. */
const SAMPLE_CHARS = 20_000;
/** Below this many letters of prose the statistics say too little; short-language.ts reads it. */
const MIN_LETTERS = 200;
/** Below this many Chinese, Japanese or Korean characters, likewise (each says more than a letter). */
const MIN_CJK = 40;
/**
 * English stays unless it scores under this (the best scores 1): technical English full of
 * names and commands scores close to French and Spanish, and an English deck must not turn
 * French; real Spanish or German puts English far behind (0.89 for a four-question deck).
 */
const ENGLISH_KEPT = 0.97;

/** Latin letters with a mark (é, ñ, ü, ç, ł, …) and the Spanish opening marks: English prose has next to none. */
const MARKED_LATIN = /(?![A-Za-z])\p{Script=Latin}|[¿¡]/gu;
/** The least share of the letters such letters make in a language that writes them (1 to 1.8 % in Spanish banks about Java; 0.4 % in English naming Erdős and a café). */
const MARKED_SHARE = 0.006;

/** Scripts only some of the languages above write, and those languages (franc's codes). */
const OWN_SCRIPTS: [RegExp, string[]][] = [
  [/\p{Script=Cyrillic}/gu, ['rus', 'ukr']],
  [/\p{Script=Arabic}/gu, ['arb', 'pes', 'urd']],
  [/\p{Script=Devanagari}/gu, ['hin']],
  [/\p{Script=Greek}/gu, ['ell']],
];
/** The least share of the letters such a script makes in prose written in it (a third in a Russian bank about Go full of English terms; none in English naming a Greek letter or two). */
const OWN_SCRIPT_SHARE = 0.25;
/** Words in Latin letters (with their digits and joining marks), taken out of such prose before its language is told. */
const LATIN_WORDS = /[\p{Script=Latin}\d_'’-]+/gu;

/** Letters only Vietnamese writes: ă, đ, ơ, ư and the vowels with a dot below or a hook above. */
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Source read at most: its prose is enough, and no pattern below runs over a 4 MB hostile file. */
const SOURCE_CHARS = 100_000;

/** The deck's prose without front matter, code, links' targets and markup (each pattern bounded). */
function proseOf(markdown: string): string {
  return markdown
    .slice(0, SOURCE_CHARS)
    .replace(/^---\r?\n[\s\S]{0,20000}?\r?\n---\r?\n/, '')
    // A fence inside a list item is indented deeper (`    ```java` under `1. 下面代码…？`): its code is no prose either.
    .replace(/^[ \t]{0,12}(`{3,}|~{3,})[^\n]{0,500}\n[\s\S]{0,10000}?(?:\n[ \t]{0,12}\1[^\n]{0,500}|(?![\s\S]))/gm, ' ')
    .replace(/`[^`\n]{0,500}`/g, ' ')
    .replace(/<[^<>\n]{0,500}>/g, ' ')
    .replace(/\]\([^)\s]{0,2000}\)/g, ']')
    .replace(/https?:\/\/\S{0,2000}/g, ' ')
    .replace(/\$[^$\n]{0,500}\$/g, ' ')
    .slice(0, SAMPLE_CHARS);
}

/**
 * The language of a deck that does not name one (`lang` in its front matter), read from its
 * prose: a tag such as `es` or `zh`, or undefined when the text is too short or not clearly one
 * of the languages above (the deck is then read as English, as before).
 */
export function detectLanguage(markdown: string): string | undefined {
  return readLanguage(markdown).lang;
}

/**
 * detectLanguage, and whether a text too short to tell is plainly not English (`untold`): its
 * labels then print in English, which the deck's `lang:` would set right.
 */
export function readLanguage(markdown: string): { lang?: string; untold: boolean } {
  const prose = proseOf(markdown);
  const lang = proseLanguage(prose);
  // Chinese is told in one of its two scripts (chinese-script.ts).
  const script = (tag: string | undefined) => (tag === 'zh' ? chineseScript(prose) : tag);
  if (lang !== SHORT) return { lang: script(lang), untold: false };
  // Too short for the statistics: its script or its common words may still say (short-language.ts).
  const short = shortLanguage(prose);
  return { lang: short.lang === 'en' ? undefined : script(short.lang), untold: short.untold };
}

/**
 * The language of a part of a deck (a section in French in an English bank), only where its
 * prose is long enough for the statistics to tell it: a few words guessed wrong would set a whole
 * section's quotes and hyphens in another language.
 */
export function partLanguage(text: string): string | undefined {
  const prose = proseOf(text);
  const lang = proseLanguage(prose);
  return lang === SHORT || lang === undefined ? undefined : lang === 'zh' ? chineseScript(prose) : lang;
}

/** A text too short for trigram statistics. */
const SHORT = Symbol('short');

/**
 * Languages told lately, by the prose they were told from: the same prose is read again when a
 * deck is parsed twice (`check` reads the deck the build read; `import` writes and reads it back;
 * watch reads the unchanged sections of each save), and the statistics cost more than the lookup.
 */
const told = new Map<string, string | undefined | typeof SHORT>();
/** Entries kept before the memory starts over (a few decks' worth of sections). */
const TOLD_KEPT = 256;

function proseLanguage(prose: string): string | undefined | typeof SHORT {
  if (told.has(prose)) return told.get(prose);
  const lang = tellLanguage(prose);
  if (told.size >= TOLD_KEPT) told.clear();
  told.set(prose, lang);
  return lang;
}

function tellLanguage(prose: string): string | undefined | typeof SHORT {
  const count = (re: RegExp) => countChars(prose, re);
  const letters = count(/\p{L}/gu);
  // Han characters are shared: Hangul makes it Korean; kana (half of Japanese prose, none of
  // Chinese) Japanese; Han with little else Chinese.
  const han = count(/\p{Script=Han}/gu);
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(/\p{Script=Hangul}/gu);
  const cjk = han + kana + hangul;
  if (cjk >= MIN_CJK && cjk >= letters * 0.3) return hangul >= cjk / 2 ? 'ko' : kana >= cjk * 0.25 ? 'ja' : 'zh';
  if (letters < MIN_LETTERS) return SHORT;
  // Hebrew is not among the languages franc tells apart; its script is, for prose, only Hebrew's.
  if (count(/\p{Script=Hebrew}/gu) >= letters / 2) return 'he';
  // Thai likewise: franc's small model leaves it out.
  if (count(/\p{Script=Thai}/gu) >= letters / 2) return 'th';
  // A script of its own making a quarter of the letters (Russian prose naming `goroutines`, `buffered channels`
  // and `best practices` in English): the prose is in one of that script's languages, the Latin words its terms.
  for (const [script, langs] of OWN_SCRIPTS) {
    if (count(script) < letters * OWN_SCRIPT_SHARE) continue;
    // franc reads a text by its commonest script: the Latin terms go, or it finds none of these languages.
    const [best] = francAll(prose.replace(LATIN_WORDS, ' '), { only: langs, minLength: 1 });
    if (best && best[0] !== 'und') return TAGS[best[0]];
  }
  // Vietnamese likewise by its letters (ơ, ư, đ, ạ, ế, …, in no other language here): a bank full of
  // English terms (React, component) scored English above the threshold and printed English labels.
  if (count(VIETNAMESE_LETTER) >= letters * 0.04) return 'vi';
  const scores = new Map(francAll(prose, { only: Object.keys(TAGS), minLength: 1 }));
  const [best] = scores.keys();
  if (!best || best === 'und') return 'en';
  // Technical Spanish full of English names (Thread, Runnable, garbage collector) scores 0.973 in
  // English; its accents (á, ñ, ¿) say otherwise, as English prose all but never writes them.
  const marked = best !== 'eng' && count(MARKED_LATIN) >= letters * MARKED_SHARE;
  if ((scores.get('eng') ?? 0) >= ENGLISH_KEPT && !marked) return 'en';
  return TAGS[best];
}
