/** Lines of a question heading set all in bold before its scenario is set apart from its ask. */
const BOLD_LINES = 2;

/** Average advance of a character of a heading face, in ems: wide (CJK) characters take a whole em. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const NARROW_EM = 0.55;
const SPACE_EM = 0.28;

/** The end of a sentence in any script: ". ", "? ", "! " (a closing quote or bracket allowed), or 。？！ ؟ ۔ । with or without a space. */
const SENTENCE_END = /[.!?…](?:["'”’»)\]]*)\s+|[。？！](?:[”’」』）)]*)\s*|[؟۔।](?:["'”’»)\]]*)\s+/gu;
const ASKS = /^[?？؟]/u;

/** Elements that hold no text: they do not open a level a sentence end could be inside. */
const VOID = /^(?:br|img|wbr|hr)$/i;

/** The width a heading's text takes, in ems of its size (an estimate: the faces' average advance). */
function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : /\s/u.test(ch) ? SPACE_EM : NARROW_EM;
  return ems;
}

/**
 * The offsets in `html` where a sentence ends outside every inline element (never inside a code
 * span or a link), each with whether the sentence before it asks (ends in ?, ？ or ؟). A point
 * followed by a lowercase letter ("e.g. a pool") ends no sentence.
 */
function sentenceEnds(html: string): { at: number; asks: boolean }[] {
  const ends: { at: number; asks: boolean }[] = [];
  let depth = 0;
  let i = 0;
  for (const tag of [...html.matchAll(/<(\/?)([a-z][\w-]*)[^>]*>/gi), null]) {
    const to = tag ? tag.index : html.length;
    if (depth === 0) {
      const text = html.slice(i, to);
      for (const m of text.matchAll(SENTENCE_END)) {
        const at = i + m.index + m[0].length;
        const next = html.slice(at, at + 1);
        if (at < html.length && !/\p{Ll}/u.test(next)) ends.push({ at, asks: ASKS.test(m[0]) });
      }
    }
    if (!tag) break;
    i = to + tag[0].length;
    if (!VOID.test(tag[2]) && !tag[0].endsWith('/>')) depth = Math.max(0, depth + (tag[1] ? -1 : 1));
  }
  return ends;
}

/**
 * A question heading that would fill more than two lines of `lineEms` (the line its heading sets,
 * in ems of the heading's size), its first line short by `firstTaken` ems (its number, a badge), set so the eye finds the question: its scenario, the sentences
 * before the ask, in a span of class q-scenario (styles set it in the regular weight), the ask
 * (the closing run of sentences ending in a question mark, else the last sentence) in q-ask.
 * Nothing is added or taken from the text. A short heading, or one sentence, is returned as it is.
 */
export function setLongQuestion(html: string, lineEms: number, firstTaken = 0): string {
  const text = html.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, 'x');
  if (textEms(text) <= BOLD_LINES * lineEms - firstTaken) return html;
  const ends = sentenceEnds(html);
  if (!ends.length) return html;
  // A heading that ends asking: the ask starts after the last sentence that does not ask (when
  // every sentence asks, the last is the ask). One that ends otherwise: its last sentence.
  const asking = /[?？؟]["'”’»)\]]*\s*$/u.test(text);
  const told = asking ? ends.filter((e) => !e.asks).pop() : undefined;
  const at = (told ?? ends[ends.length - 1]).at;
  return `<span class="q-scenario">${html.slice(0, at)}</span><span class="q-ask">${html.slice(at)}</span>`;
}
