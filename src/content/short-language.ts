import { countChars } from './count-chars.js';

/**
 * The language of a text too short for trigram statistics (a deck of a few questions), read from
 * what little it holds: its script, where a script is one language's or nearly so (Greek,
 * Hebrew, Hangul, kana, Thai, Devanagari; Cyrillic and Arabic by the letters that tell their
 * languages apart), else the common words and letters of each Latin-script language.
 */
export interface ShortReading {
  /** The language tag, when the text tells it. */
  lang?: string;
  /** The text is not plain English (letters English does not write) yet tells no language. */
  untold: boolean;
}

/** Short common words of each language, that its questions and answers are made of. */
const WORDS: Record<string, string[]> = {
  en: ['the', 'is', 'are', 'what', 'how', 'why', 'and', 'of', 'to', 'does', 'you', 'with', 'which', 'when', 'an', 'it', 'this', 'that'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ein', 'eine', 'was', 'wie', 'warum', 'nicht', 'mit', 'den', 'dem', 'sind', 'wird', 'für', 'auf', 'einer', 'zu'],
  fr: ['le', 'les', 'est', 'une', 'des', 'du', 'que', 'qu', 'quoi', 'pourquoi', 'comment', 'et', 'dans', 'pour', 'avec', 'sont', 'qui', 'ce', 'quel', 'quelle', 'au'],
  es: ['el', 'los', 'las', 'es', 'una', 'qué', 'cómo', 'por', 'para', 'y', 'con', 'del', 'son', 'se', 'cuál', 'cuándo', 'lo', 'al'],
  pt: ['o', 'os', 'é', 'um', 'uma', 'como', 'por', 'para', 'com', 'do', 'da', 'são', 'não', 'qual', 'em', 'no', 'na'],
  it: ['il', 'gli', 'è', 'un', 'una', 'che', 'come', 'perché', 'per', 'con', 'della', 'sono', 'non', 'cosa', 'cos', 'nel', 'dei'],
  nl: ['de', 'het', 'een', 'wat', 'hoe', 'waarom', 'en', 'van', 'met', 'niet', 'zijn', 'voor', 'wordt', 'je', 'er'],
  pl: ['jest', 'co', 'jak', 'się', 'nie', 'czym', 'są', 'dlaczego', 'czy', 'na', 'do', 'oraz'],
  cs: ['je', 'co', 'jak', 'se', 'ne', 'proč', 'jsou', 'čím', 'jaký', 'jaká', 'pro'],
  tr: ['bir', 've', 'nedir', 'ne', 'nasıl', 'neden', 'için', 'ile', 'bu', 'mi', 'mı', 'nedir?'],
  id: ['apa', 'yang', 'dan', 'adalah', 'bagaimana', 'untuk', 'dengan', 'di', 'itu', 'mengapa', 'ini'],
};

/** How many of the languages above write each of their words. */
const SHARED = new Map<string, number>();
for (const list of Object.values(WORDS)) for (const word of new Set(list)) SHARED.set(word, (SHARED.get(word) ?? 0) + 1);

/** Letters that only some Latin-script languages write, each a sign of them. */
const LETTERS: Record<string, RegExp> = {
  de: /[ßäöü]/iu,
  fr: /[êàùœ]/iu,
  es: /[ñ¿¡]/iu,
  pt: /[ãõ]/iu,
  pl: /[łąęśźżń]/iu,
  cs: /[řěůš]/iu,
  tr: /[ığşİ]/u,
  vi: /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu,
};

/** The language of a short text (see the file's comment); `prose` is already without code and markup. */
export function shortLanguage(prose: string): ShortReading {
  const count = (re: RegExp) => countChars(prose, re);
  const letters = count(/\p{L}/gu);
  if (letters === 0) return { untold: false };
  const most = (re: RegExp) => count(re) * 2 >= letters && count(re) >= 3;
  if (most(/\p{Script=Hangul}/gu)) return { lang: 'ko', untold: false };
  if (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) >= 2 && most(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)) return { lang: 'ja', untold: false };
  if (most(/\p{Script=Han}/gu)) return { lang: 'zh', untold: false };
  if (most(/\p{Script=Greek}/gu)) return { lang: 'el', untold: false };
  if (most(/\p{Script=Hebrew}/gu)) return { lang: 'he', untold: false };
  if (most(/\p{Script=Thai}/gu)) return { lang: 'th', untold: false };
  if (most(/\p{Script=Devanagari}/gu)) return { lang: 'hi', untold: false };
  // Ukrainian writes і, ї, є and ґ, which Russian does not; Russian ы, э and ъ, which Ukrainian does not.
  if (most(/\p{Script=Cyrillic}/gu)) return { lang: count(/[іїєґ]/giu) > count(/[ыэъ]/giu) ? 'uk' : 'ru', untold: false };
  // Urdu writes ٹ ڈ ڑ ں ے; Persian (and Urdu) پ چ ژ گ ک ی, which Arabic does not.
  if (most(/\p{Script=Arabic}/gu)) return { lang: count(/[ٹڈڑںے]/gu) ? 'ur' : count(/[پچژگکی]/gu) ? 'fa' : 'ar', untold: false };
  const latin = count(/\p{Script=Latin}/gu);
  // Letters English does not write: the text is in another language, whether or not it tells which.
  const foreign = latin * 2 < letters || /[^ -~]/u.test(prose.replace(/[^\p{Script=Latin}]/gu, ''));
  const words = prose.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = new Map<string, number>();
  // A word several languages write (`con`, `una`: Spanish and Italian) counts for each as a share: it tells them apart from the rest, not from each other.
  for (const [lang, list] of Object.entries(WORDS)) {
    const set = new Set(list);
    score.set(lang, words.filter((w) => set.has(w)).reduce((sum, w) => sum + 1 / (SHARED.get(w) ?? 1), 0));
  }
  for (const [lang, re] of Object.entries(LETTERS)) if (re.test(prose)) score.set(lang, (score.get(lang) ?? 0) + 2);
  const [[best, top], [, next] = ['', 0]] = [...score.entries()].sort((a, b) => b[1] - a[1]);
  if (top >= 2 && top >= next * 2) return { lang: best, untold: false };
  return { untold: foreign };
}
