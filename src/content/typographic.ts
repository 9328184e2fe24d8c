import type { Link, Nodes, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './visit-tree.js';
import type { RenderContext } from '../model/render-context.js';
import { smartQuotes } from './smart-quotes.js';
import { quotesFor, resolveQuoteMarks, STAND_INS, type LangQuotes } from './quote-marks.js';

/** A command-line option written in prose (`--build-arg`, `--no-cache`): its dashes stay two hyphens. */
const OPTION = /(^|[\s(["'])--(?=[A-Za-z])/g;
/** Stands in for an option's `--` while the dashes are educated (a private-use character). */
const KEPT = '\uE000';

/** A French ? ! ; or : typed right after its word (or a closing mark) and ending a clause: it takes the narrow space too. */
const FRENCH_UNSPACED = /([\p{L}\p{N})\]’”])([?!;:])(?=\s|$|[»)\]])/gu;

/** Languages written in Arabic script, which have their own ؟ ، ؛ (Hebrew, also right to left, uses the Latin ones). */
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb']);
/** A question mark (either) after an Arabic letter, spaced or not, that ends a clause. */
const ARABIC_QUESTION = /(?<=\p{L})(?<=\p{Script=Arabic})[ \u00A0]*[?؟](?=\s|$|[)\]»«"”’!.…:])/gu;
/** A Latin semicolon after an Arabic letter. */
const ARABIC_SEMICOLON = /(?<=\p{L})(?<=\p{Script=Arabic})[ \u00A0]*;(?=\s|$)/gu;
/** A Latin comma between Arabic words (a letter before it: "١,٥" is a number). */
const ARABIC_COMMA = /(?<=\p{L})(?<=\p{Script=Arabic})[ \u00A0]*,(?=\s*\p{Script=Arabic})/gu;
/** A space typed before a colon that follows Arabic script ("الجواب :"): Arabic sets the colon tight. */
const ARABIC_SPACED_COLON = /(?<=\p{Script=Arabic})[ \u00A0]+:(?=\s|$)/gu;
/** Arabic-script languages that quote with guillemets, «…» (Urdu keeps “…”). */
const GUILLEMET_LANGS = new Set(['ar', 'fa']);
/** An Arabic or Persian letter. */
const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;


/** A word only French writes: an accented letter, an elided article or pronoun (c’, qu’, l’), or a common short word. */
const FRENCH_WORD =
  /[àâæçéèêëîïôœùûüÿ]|(?:^|[^\p{L}])(?:[cdjlmnst]|qu)[’']\p{L}|(?:^|[^\p{L}])(?:le|la|les|un|une|des|du|est|et|ou|que|qui|quoi|quel|quels|quelle|quelles|pour|dans|avec|sans|sur|pas|ce|cet|cette|ces|au|aux|il|elle|nous|vous|ils|elles|leur|leurs|comment|pourquoi|quand|entre|peut|sont|faire)(?![\p{L}])/iu;

/**
 * Whether the clause a mark at `at` closes (back to the last sentence mark or bracket, and for a
 * colon on to the next one: "FR: Pouvez-vous …") has a French word in it; a mark that opens its
 * text (after code) is judged by the whole block, `whole`.
 */
function frenchClause(value: string, at: number, whole: string): boolean {
  const start = Math.max(...['.', '?', '!', ';', '(', '[', '\n'].map((c) => value.lastIndexOf(c, at - 1))) + 1;
  const after = value[at] === ':' ? value.slice(at + 1).split(/[.?!;\n(]/)[0] : '';
  // A mark at its text's edge (after code, or a label's colon closing its bold) is judged by its block.
  if (!/\p{L}/u.test(value.slice(start, at)) || (value[at] === ':' && !/\p{L}/u.test(after))) return FRENCH_WORD.test(whole);
  return FRENCH_WORD.test(value.slice(start, at) + after);
}

/**
 * A block's single quotes, ‘…’, as single guillemets, ‹…› (the inner quote of a text quoting with
 * «…»): English ‘…’ in an Arabic or Persian sentence. Only a ’ closing a ‘ becomes ›, read across
 * the block's texts in order (a quote may hold emphasis); one between two letters is an
 * apostrophe (an English "it’s"), unless glued to an Arabic prefix, where it opens; one with
 * no ‘ before it stays as it is.
 */
function singleGuillemets(texts: Text[]): void {
  let open: { text: Text; at: number } | undefined;
  const closes: { text: Text; at: number }[] = [];
  const opens: { text: Text; at: number }[] = [];
  for (const text of texts) {
    const value = text.value;
    for (let at = 0; at < value.length; at++) {
      // Glued to an Arabic prefix (بال'join'), the opening quote was taken for an apostrophe.
      const glued = value[at] === '’' && !open && /\p{Script=Arabic}/u.test(value[at - 1] ?? '') && /\p{L}/u.test(value[at + 1] ?? '');
      if (value[at] === '‘' || glued) open = { text, at };
      else if (value[at] === '’' && open && !(/\p{L}/u.test(value[at - 1] ?? '') && /\p{L}/u.test(value[at + 1] ?? ''))) {
        opens.push(open);
        closes.push({ text, at });
        open = undefined;
      }
    }
  }
  const marks = [...opens.map((m) => ({ ...m, mark: '‹' })), ...closes.map((m) => ({ ...m, mark: '›' }))];
  for (const { text, at, mark } of marks) text.value = `${text.value.slice(0, at)}${mark}${text.value.slice(at + 1)}`;
}

/** The stand-ins SmartyPants wrote as the language's marks, paired within each block (quote-marks.ts). */
function markQuotes(tree: Root, quotes: LangQuotes): void {
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node: Nodes) => {
    const texts: Text[] = [];
    visit(node, 'text', (text: Text) => void texts.push(text));
    resolveQuoteMarks(texts, quotes);
  });
  // A text outside any block (none that markdown makes, but a tree may be built by hand).
  visit(tree, 'text', (text: Text) => resolveQuoteMarks([text], quotes));
}

/** A space before an en or em dash that has a space (or the text's end) after it. */
const SPACED_DASH = / ([\u2013\u2014])(?=\s|$)/g;
/** What either replacement of spaced dashes needs: a space before a hyphen or a dash. */
const SPACED_MARK = / [-\u2013\u2014]/;

/** Link text that is an address as typed (an autolink): never made typographic. */
const ADDRESS = /^(?:[a-z][\w+.-]*:\/\/|www\.|mailto:)|@/i;

/**
 * remark plugin: typographic quotes (the deck's language's, quote-marks.ts), apostrophes, en dashes
 * (`--`, and a hyphen with a space either side), em dashes (`---`) and ellipses in the text, by SmartyPants (smart-quotes.ts), with a spaced dash
 * kept on its word's line; code is not text, so it stays as written, and so
 * does the text of a link that spells out its address, and a command-line option's `--`.
 */
/** One educator per language for the process: each holds two retext processors, slow to set up for every deck. */
const educators = new Map<string, (tree: Root) => void>();

export function remarkTypographic() {
  const educatorFor = (key: string) => {
    let educate = educators.get(key);
    if (!educate) {
      educate = smartQuotes(key === 'en' ? {} : { openingQuotes: STAND_INS.open, closingQuotes: STAND_INS.close });
      educators.set(key, educate);
    }
    return educate;
  };
  return (tree: Root, file: { data: unknown }) => {
    const tag = (file.data as { studyguide?: RenderContext }).studyguide?.lang ?? 'en';
    const lang = tag.toLowerCase().split(/[-_]/)[0];
    const own = quotesFor(tag);
    const educate = educatorFor(own?.key ?? 'en');
    const addresses: [Text, string][] = [];
    visit(tree, 'link', (link: Link) => {
      const [only] = link.children;
      if (link.children.length === 1 && only.type === 'text' && ADDRESS.test(only.value)) addresses.push([only, only.value]);
    });
    const options: Text[] = [];
    visit(tree, 'text', (text: Text) => {
      if (!text.value.includes('--')) return;
      const kept = text.value.replace(OPTION, `$1${KEPT}`);
      if (kept === text.value) return;
      text.value = kept;
      options.push(text);
    });
    educate(tree);
    if (own) markQuotes(tree, own.quotes);
    // French sets guillemets off from their words with a narrow no-break space, and ? ! ; : from the
    // word before them where a space was typed (so the mark never opens a line; "10:30" stays). A
    // mark typed tight against a French clause takes it too: a bank that wrote "objet?" beside
    // "immuable ?" printed both. An English line of a bilingual bank ("EN: When could you start?")
    // keeps its marks as typed: only a clause with a French word in it (frenchClause) is spaced.
    if (lang === 'fr') {
      // Each text's block (a paragraph, heading or cell), whose words judge a mark at its text's edge ("**FR:** Pouvez-vous …").
      const blockOf = new Map<Text, string>();
      visit(tree, ['paragraph', 'heading', 'tableCell'], (node: Nodes) => {
        const whole = toString(node);
        visit(node, 'text', (text: Text) => void blockOf.set(text, whole));
      });
      visit(tree, 'text', (text: Text, index, parent) => {
        const whole = blockOf.get(text) ?? text.value;
        text.value = text.value
          .replace(/«[ \u00A0]?/g, '«\u202F')
          .replace(/[ \u00A0]?»/g, '\u202F»')
          .replace(/(?<=\S)[ \u00A0]+([?!;:])(?=\s|$|[»)\]])/g, '\u202F$1')
          .replace(FRENCH_UNSPACED, (all: string, before: string, mark: string, at: number, value: string) =>
            frenchClause(value, at + before.length, whole) ? `${before}\u202F${mark}` : all,
          );
        // After code or emphasis ("`==`?", "**Note**:") the mark opens the next text.
        const previous = index !== undefined && index > 0 ? parent?.children[index - 1] : undefined;
        if (previous && previous.type !== 'break' && previous.type !== 'text' && /^[?!;:](?=\s|$|[»)\]])/.test(text.value) && frenchClause(text.value, 0, whole))
          text.value = `\u202F${text.value}`;
      });
    }
    // Elsewhere a space typed before the question mark that ends a sentence ("Was ist ein Index ?",
    // "… `HAVING` ?") is a slip, not a style: it goes, so the mark cannot open a line by itself.
    // Inside a sentence ("a ? b : c" in prose, the next word in lower case) it is left as typed.
    else
      visit(tree, 'text', (text: Text, index, parent) => {
        const lone = index !== undefined && index > 0 && parent?.children[index - 1]?.type !== 'break';
        // Arabic script has its own question mark, comma and semicolon (؟ ، ؛), set tight against the
        // word: a bank typed on a Latin keyboard wrote "الناتج?" beside "الناتج ؟", both printed as
        // typed. Only marks after an Arabic letter change: code names and English words keep theirs.
        if (ARABIC_SCRIPT.has(lang)) {
          text.value = text.value
            .replace(ARABIC_QUESTION, '؟')
            .replace(ARABIC_SEMICOLON, '؛')
            .replace(ARABIC_COMMA, '،')
            .replace(ARABIC_SPACED_COLON, ':');
          // After code in an Arabic sentence ("`var`, و هذا") the comma opens the next text.
          if (lone) text.value = text.value.replace(/^,(?=\s*\p{Script=Arabic})/u, '،').replace(/^;(?=\s+\p{Script=Arabic})/u, '؛');
          // After an Arabic word in bold ("**المصدر** :") the colon opens the next text.
          const previous = lone && index !== undefined ? parent?.children[index - 1] : undefined;
          if (previous && previous.type !== 'inlineCode' && /\p{Script=Arabic}$/u.test(toString(previous)))
            text.value = text.value.replace(/^[ \u00A0]+:(?=\s|$)/, ':');
        }
        // Most texts ask nothing: the patterns below read only those with a question mark.
        if (!text.value.includes('?')) return;
        text.value = text.value.replace(/(?<=\S)[ \u00A0]+\?(?=$|\n|\s+\p{Lu})/gu, '?');
        if (lone) text.value = text.value.replace(/^[ \u00A0]+\?(?=$|\n|\s+\p{Lu})/u, '?');
      });
    // Arabic and Persian quote with guillemets, opening with « (which a right-to-left line shows
    // pointing outwards, as »…« reads on the page): in a block with an Arabic letter, the English
    // marks SmartyPants wrote go over to them. A Latin block of the deck (an English term, an
    // option) keeps its “…”, and code its straight marks.
    if (GUILLEMET_LANGS.has(lang))
      visit(tree, ['paragraph', 'heading', 'tableCell'], (node: Nodes) => {
        if (!ARABIC_LETTER.test(toString(node))) return;
        const texts: Text[] = [];
        visit(node, 'text', (text: Text) => {
          // A mark typed between two letters opens a quotation glued to its prefix ("بال"temporal"):
          // SmartyPants closed it, and two » face the same way on a right-to-left line.
          text.value = text.value.replace(/(?<=\p{L})”(?=\p{L})/gu, '«').replaceAll('“', '«').replaceAll('”', '»');
          texts.push(text);
        });
        singleGuillemets(texts);
      });
    // A hyphen typed with a space either side stands for a dash ("Docker Swarm - the native tool"):
    // an en dash. A spaced dash is tied to the word before it: it never opens a line (a Russian "X — Y").
    visit(tree, 'text', (text: Text) => {
      // Read only where a spaced hyphen or dash is: a text of words alone goes by untouched.
      if (!SPACED_MARK.test(text.value)) return;
      text.value = text.value.replace(/(?<=\S) - (?=\S)/g, ' \u2013 ').replace(SPACED_DASH, '\u00a0$1');
    });
    for (const node of options) node.value = node.value.replaceAll(KEPT, '--');
    for (const [node, value] of addresses) node.value = value;
  };
}

/**
 * A plain string (a title, an author from front matter) with the quotes and dashes the deck's
 * text gets. A spaced dash keeps its plain space: a title is also metadata and a search term, and
 * the cover ties the dash where it sets the title (render/view.ts displayTitle).
 */
let educateText: ReturnType<typeof remarkTypographic> | undefined;

export function typographicText(value: string, lang = 'en'): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
  educateText ??= remarkTypographic();
  educateText(tree, { data: { studyguide: { lang } } });
  return toString(tree).replace(/\u00a0(?=[\u2013\u2014])/g, ' ');
}
