import { createRequire } from 'node:module';
import type { Element, Root, Text } from 'hast';
import { SKIP, visit } from './visit-tree.js';
import { cellsOf } from './hast-text.js';
import { jointBreaks, joinsCompounds, preferJoints } from './compound-joints.js';

type Hyphenator = (text: string, opts: { hyphenChar?: string; minWordLength?: number }) => string;

/** Languages we hyphenate, by the deck's `lang` (its first subtag), and the patterns they use. */
const PATTERNS: Record<string, string> = {
  ...Object.fromEntries(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'hu', 'ro', 'ca', 'sv', 'da', 'nb', 'no', 'fi', 'bg', 'ru', 'uk', 'tr'].map((l) => [l, `hyphen/${l}`])),
  // Modern Greek is written with one accent (monotonic); the package's `el` is the older polytonic set.
  el: 'hyphen/el-monoton',
};
const requireHere = createRequire(import.meta.url);
const loaded = new Map<string, Hyphenator>();

/** Loads a language's patterns ahead of the first deck (the parser's thread does, for English, before it is timed). */
export const preloadHyphenation = (lang: string): void => void hyphenatorFor(lang);

/** The hyphenator for a language tag (`en`, `de-AT`, …), or undefined when we have no patterns. */
function hyphenatorFor(lang: string): Hyphenator | undefined {
  const key = lang.toLowerCase().split(/[-_]/)[0];
  const module = PATTERNS[key];
  if (!module) return undefined;
  let fn = loaded.get(key);
  if (!fn) loaded.set(key, (fn = rememberingWords((requireHere(module) as { hyphenateSync: Hyphenator }).hyphenateSync)));
  return fn;
}

/** Words remembered per language before the memory starts over (a 5,000-question bank has some 30,000 distinct long words). */
const WORDS_KEPT = 100_000;

/**
 * A hyphenator that hyphenates each word once per setting: a deck says the same long words in
 * every answer, and each call of the patterns' own reader costs more than the word's breaks
 * (hyphen's cache keeps the breaks, not the reading). The same word gives the same breaks.
 */
export function rememberingWords(hyphenate: Hyphenator): Hyphenator {
  const words = new Map<string, string>();
  return (text, opts) => {
    const key = `${opts.hyphenChar ?? ''}\u0000${opts.minWordLength ?? ''}\u0000${text}`;
    let done = words.get(key);
    if (done === undefined) {
      if (words.size >= WORDS_KEPT) words.clear();
      words.set(key, (done = hyphenate(text, opts)));
    }
    return done;
  };
}

/** Elements whose text is never hyphenated: code, keys, links (often addresses), maths, headings. */
const KEEP = new Set(['code', 'pre', 'kbd', 'samp', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'math']);

/** Characters from which a block's last word keeps its breaks. */
const LONGEST_WHOLE = 16;

/** Blocks whose last word stays whole: a paragraph never ends on a fragment ("…nierie."); a table cell may (its column can be narrow). */
const LAST_WORD_WHOLE = new Set(['p', 'li', 'dd', 'figcaption', 'blockquote']);

/**
 * In a table of up to TABLE_COLUMNS columns only words of CELL_MIN_LETTERS or more take soft
 * hyphens. A soft hyphen makes a word's first syllable its narrowest width, and a table's
 * automatic layout gives each column at least its narrowest word: hyphenated, a column of short
 * words ("Examples", "persistent") was squeezed to a syllable beside a wide one of prose and broke
 * every word. Such a table still fits a booklet's page with its words whole; a wider one (an
 * eight-column comparison) needs every syllable break, or Chromium shrinks the whole page to fit.
 */
const TABLE_COLUMNS = 4;
const HEAD_COLUMNS = 6;
const CELL_MIN_LETTERS = 12;

const columnsOf = (table: Element): number => {
  let most = 0;
  visit(table, 'element', (row: Element) => {
    if (row.tagName === 'tr') most = Math.max(most, cellsOf(row).length);
  });
  return most;
};

/**
 * Soft hyphens (U+00AD) in the prose of a fragment, for the deck's language: Chromium has no
 * hyphenation dictionaries here, so `hyphens: auto` alone never breaks a word. Words shorter than
 * `minLetters` (seven in prose) (in a narrow table CELL_MIN_LETTERS) and everything in KEEP stay whole, and so does a
 * token holding a digit, slash, inner dot, underscore, @, :, # or = (a version, address, path or
 * identifier), and a name.
 */
export function hyphenateTree(tree: Root, lang: string, minLetters = 7): void {
  const hyphenate = hyphenatorFor(lang);
  if (!hyphenate) return;
  hyphenateWords(tree, hyphenate, minLetters, undefined, joinsCompounds(lang));
  if (repeatsHyphens(lang)) repeatHyphens(tree);
  visit(tree, 'element', (block: Element) => {
    if (!LAST_WORD_WHOLE.has(block.tagName)) return;
    const last = lastText(block);
    // A word too long for a narrow line (a card's, a column's) keeps its breaks: else it overflows.
    // Those near its end go: a break there leaves the block's last line a stub ("heit?", "merk).").
    if (last) last.value = replaceLastWord(last.value, (word) => (word.replaceAll('\u00ad', '').length < LONGEST_WHOLE ? word.replaceAll('\u00ad', '') : withoutTailBreaks(word)));
  });
}

/**
 * `text` with its last word (and the spaces after it) replaced. Found from the end: /\S+\s*$/
 * tried again from every character of a long run without a space, so a 2,000,000-character one
 * never finished.
 */
function replaceLastWord(text: string, replace: (word: string) => string): string {
  const end = text.trimEnd().length;
  if (!end) return text;
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return text.slice(0, start) + replace(text.slice(start));
}

/** Languages whose printers repeat a hyphen a line breaks at on the next line (Portuguese "descompactá-⏎-los"). */
const REPEATING = new Set(['pt', 'pl', 'cs', 'sk']);

const repeatsHyphens = (lang: string): boolean => REPEATING.has(lang.toLowerCase().split(/[-_]/)[0]);

/**
 * A hyphen between words (`descompactá-los`, `guarda-chuva`) becomes a soft hyphen and a
 * non-breaking one: unbroken it prints as one hyphen; a line ending there prints the soft hyphen's
 * at its end and opens the next with the word's own, as those languages set it. Chromium broke after
 * the hyphen and left the next line's "los" reading as a word of its own. Letters either side (two
 * at least), outside code, addresses and names with digits, as for soft hyphens.
 */
function repeatHyphens(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'element' && KEEP.has((node as Element).tagName)) return SKIP;
    if (node.type !== 'text') return undefined;
    node.value = node.value.replace(/\S+/g, (token) =>
      /[\p{N}_/\\@:#=]|\.\S/u.test(token) ? token : token.replace(/(?<=[\p{L}\p{M}\u00ad]{2})-(?=[\p{L}\p{M}]{2})/gu, '\u00ad\u2011'),
    );
    return undefined;
  });
}

/** Letters a block's last line holds at least when its last word breaks ("-sicherheit?", never "-heit?"). */
const LAST_LINE_MIN_LETTERS = 6;

/** A word with the soft hyphens that would carry fewer than LAST_LINE_MIN_LETTERS letters onto the last line taken out. */
function withoutTailBreaks(word: string): string {
  const parts = word.split('\u00ad');
  const letters = (s: string) => (s.match(/[\p{L}\p{M}]/gu) ?? []).length;
  while (parts.length > 1 && letters(parts[parts.length - 1]) < LAST_LINE_MIN_LETTERS) parts.splice(-2, 2, parts[parts.length - 2] + parts[parts.length - 1]);
  return parts.join('\u00ad');
}

/** The last text node of an element with letters in it, outside KEEP (where no soft hyphen is). */
function lastText(node: Element): Text | undefined {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i];
    if (child.type === 'text' && /\p{L}/u.test(child.value)) return child;
    if (child.type === 'element' && !KEEP.has(child.tagName)) {
      const found = lastText(child);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Question headings and card answers keep their words whole, but a word of this many letters or
 * more ("Datenschutzgrundverordnungsauskunftsersuchen") can be wider than a card's or a cheat
 * sheet column's line, where it broke anywhere without a hyphen: it takes soft hyphens.
 */
export const DISPLAY_MIN_LETTERS = 20;

/**
 * A display line (a cover title at 28 pt) holds few letters: a word of `minLetters` or more may be
 * wider than the line, and broke anywhere without a hyphen. Such words get soft hyphens for the
 * deck's language, so they break at a syllable with a hyphen; shorter words stay whole.
 */
export function hyphenateLongWords(text: string, lang: string, minLetters = 16): string {
  const hyphenate = hyphenatorFor(lang);
  if (!hyphenate) return text;
  return text.replace(longRun(minLetters, 'gu'), (w) => softHyphens(hyphenate, w, minLetters));
}

/** `compounds`: in a narrow column a compound breaks at its joints (content/compound-joints.ts), not at any syllable. */
function hyphenateWords(tree: Root | Element, hyphenate: Hyphenator, minLetters: number, headLetters?: number, compounds = false, narrow = false): void {
  const word = longRun(minLetters, 'gu');
  // A text with no run of letters that long (most of a table's cells, a short line) has nothing to break: its tokens are not read.
  const anyWord = longRun(minLetters, 'u');
  visit(tree, (node) => {
    if (node !== tree && node.type === 'element') {
      const tag = (node as Element).tagName;
      if (KEEP.has(tag)) return SKIP;
      if (tag === 'table' && minLetters < CELL_MIN_LETTERS) {
        const columns = columnsOf(node as Element);
        // Every cell of a narrow table breaks long words only; in a table of up to HEAD_COLUMNS, the
        // column heads ("Change handling") too; a wider one needs every break to fit the page.
        if (columns <= TABLE_COLUMNS) hyphenateWords(node as Element, hyphenate, CELL_MIN_LETTERS, undefined, compounds, true);
        else hyphenateWords(node as Element, hyphenate, minLetters, columns <= HEAD_COLUMNS ? CELL_MIN_LETTERS : undefined, compounds, true);
        return SKIP;
      }
      if (tag === 'th' && headLetters) {
        hyphenateWords(node as Element, hyphenate, headLetters, undefined, compounds, narrow);
        return SKIP;
      }
    }
    if (node.type !== 'text' || !anyWord.test(node.value)) return undefined;
    node.value = replaceWordRuns(node.value, word, codeLike, (w) => (isName(w, minLetters) ? w : softHyphens(hyphenate, w, minLetters, compounds && narrow, compounds && !narrow)));
    return undefined;
  });
}

/** A token holding a digit or any of _ / \\ @ : # = or an inner dot: an address, path or name, kept whole. */
const codeLike = (token: string): boolean => /[\p{N}_/\\@:#=]|\.\S/u.test(token);

/**
 * `text` with each run of letters `run` finds replaced, except in a token (the characters between
 * spaces) that `keep` says stays whole. Only tokens holding such a run are read: prose is mostly
 * short words, and reading every token of every text node (a pattern test, then a search of it)
 * was most of hyphenation's CPU. A token with many runs (`a-long-compound`) is read once.
 */
export function replaceWordRuns(text: string, run: RegExp, keep: (token: string) => boolean, replace: (word: string) => string): string {
  let tokenEnd = -1;
  let kept = false;
  return text.replace(run, (word: string, at: number) => {
    if (at >= tokenEnd) {
      // A new token: its ends are found from the run (a space ends the last one, so no character is scanned twice).
      let start = at;
      while (start > 0 && !/\s/.test(text[start - 1])) start--;
      tokenEnd = at + word.length;
      while (tokenEnd < text.length && !/\s/.test(text[tokenEnd])) tokenEnd++;
      kept = keep(text.slice(start, tokenEnd));
    }
    return kept ? word : replace(word);
  });
}

/**
 * The pattern of a run of `minLetters` letters or more, compiled once per length and flags (a deck
 * renders thousands of fragments). It starts only where a run starts: it finds the same runs, but
 * a try from inside a word fails at its first character instead of reading up to `minLetters`
 * letters again (a twentieth of a deck's parse went to `[\p{L}\p{M}]{20,}` alone).
 */
const runs = new Map<string, RegExp>();
function longRun(minLetters: number, flags: 'gu' | 'u'): RegExp {
  const key = `${minLetters}${flags}`;
  let re = runs.get(key);
  if (!re) runs.set(key, (re = new RegExp(`(?<![\\p{L}\\p{M}])[\\p{L}\\p{M}]{${minLetters},}`, flags)));
  // A global pattern's lastIndex is its state: reset, as a new one starts.
  re.lastIndex = 0;
  return re;
}

/**
 * Longest run of letters given soft hyphens. The longest words of the languages we hyphenate run
 * to about 80 letters; a longer run is no word (a pasted blob), and the hyphenation patterns take
 * time that grows with the square of a word's length (an 80,000-letter run stopped a parse after
 * 120 s). It is left whole, and the page breaks it anywhere.
 */
const WORD_MAX_LETTERS = 100;

/** Letters a break leaves at least on the line it ends ("ab-", never "a-") and carries over ("-ten", never "-te"). */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;

/**
 * A word with soft hyphens, or as it is when longer than any word; no break leaves fewer than LEFT_MIN or RIGHT_MIN letters.
 * `atJoints`: only at a compound's joints (a narrow column); `joinsPreferred`: none near the end of a compound (prose).
 */
function softHyphens(hyphenate: Hyphenator, word: string, minLetters: number, atJoints = false, joinsPreferred = false): string {
  if (word.length > WORD_MAX_LETTERS) return word;
  const parts = hyphenate(word, { hyphenChar: '\u00ad', minWordLength: minLetters }).split('\u00ad');
  while (parts.length > 1 && parts[parts.length - 1].length < RIGHT_MIN) parts.splice(-2, 2, parts[parts.length - 2] + parts[parts.length - 1]);
  while (parts.length > 1 && parts[0].length < LEFT_MIN) parts.splice(0, 2, parts[0] + parts[1]);
  return (atJoints ? jointBreaks(parts) : joinsPreferred ? preferJoints(parts) : parts).join('\u00ad');
}

/**
 * A word with a capital inside (ClusterIP, LoadBalancer, PersistentVolumeClaim) is a name, kept
 * whole: in prose up to NAME_MAX_LETTERS; in a narrow table column, on a card or in a cheat sheet
 * column (`minLetters` of CELL_MIN_LETTERS or more) one of 16 letters or more may break at a syllable.
 */
const isName = (word: string, minLetters: number): boolean =>
  /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(word) && word.length < (minLetters < CELL_MIN_LETTERS ? NAME_MAX_LETTERS : 16);

/** Longest name kept whole in prose: a longer one would overflow a booklet's line. */
const NAME_MAX_LETTERS = 28;
