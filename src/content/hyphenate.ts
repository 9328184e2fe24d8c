import { createRequire } from 'node:module';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

type Hyphenator = (text: string, opts: { hyphenChar?: string; minWordLength?: number }) => string;

/** Languages we hyphenate, by the deck's `lang` (its first subtag), and the patterns they use. */
const PATTERNS: Record<string, string> = { en: 'hyphen/en', de: 'hyphen/de', fr: 'hyphen/fr', es: 'hyphen/es' };
const requireHere = createRequire(import.meta.url);
const loaded = new Map<string, Hyphenator>();

/** The hyphenator for a language tag (`en`, `de-AT`, …), or undefined when we have no patterns. */
function hyphenatorFor(lang: string): Hyphenator | undefined {
  const key = lang.toLowerCase().split(/[-_]/)[0];
  const module = PATTERNS[key];
  if (!module) return undefined;
  let fn = loaded.get(key);
  if (!fn) loaded.set(key, (fn = (requireHere(module) as { hyphenateSync: Hyphenator }).hyphenateSync));
  return fn;
}

/**
 * Elements whose text is never hyphenated: code, keys, links (often addresses), maths, headings.
 * Table cells are: a narrow column (a wide table, a booklet's page) breaks a word at a syllable,
 * with a hyphen, rather than anywhere.
 */
const KEEP = new Set(['code', 'pre', 'kbd', 'samp', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'math']);

/**
 * Soft hyphens (U+00AD) in the prose of a fragment, for the deck's language: Chromium has no
 * hyphenation dictionaries here, so `hyphens: auto` alone never breaks a word. Words shorter than
 * seven letters and everything in KEEP stay whole, and so does a token holding a digit, slash,
 * inner dot, underscore, @, :, # or = (a version, address, path or identifier), and a name.
 */
export function hyphenateTree(tree: Root, lang: string): void {
  const hyphenate = hyphenatorFor(lang);
  if (!hyphenate) return;
  visit(tree, (node) => {
    if (node.type === 'element' && KEEP.has((node as Element).tagName)) return SKIP;
    if (node.type !== 'text') return undefined;
    // Token by token: one holding a digit or any of _ . / \\ @ : # = is an address, path or name.
    node.value = node.value.replace(/\S+/g, (token) =>
      /[\p{N}_/\\@:#=]|\.\S/u.test(token) ? token : token.replace(/[\p{L}\p{M}]{7,}/gu, (word) => (isName(word) ? word : hyphenate(word, { hyphenChar: '\u00ad', minWordLength: 7 }))),
    );
    return undefined;
  });
}

/**
 * A word with a capital inside (ClusterIP, LoadBalancer, PostgreSQL) is a name, kept whole; only
 * one too long for a narrow table column (16 letters or more) may still break at a syllable.
 */
const isName = (word: string): boolean => /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(word) && word.length < 16;
