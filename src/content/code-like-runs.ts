// Quotes typed in an answer's code-like words (`["1","2"]`, `print('hi')`, `lang="en"`) outside a
// code span are the program's, not the sentence's: curly, `["1","2"]` would no longer be code a
// reader can type. Those runs are found here so the typographic pass leaves their quotes straight.

// A quoted string, or a bare value (`1`, `true`, `null`, `x.y`), as an item of an array.
const ITEM = String.raw`(?:"[^"\n]*"|'[^'\n]*'|[\w.+-]+)`;
/** An array literal holding a quoted string: `["a", "b"]`, `[1, 'x']`, `["only"]`. */
const ARRAY = new RegExp(String.raw`\[\s*${ITEM}(?:\s*,\s*${ITEM})*\s*,?\s*\]`, 'g');
/** An object literal with a quoted key: `{"id": 1}`, `{'a': 'b'}`. */
const OBJECT = /\{\s*["'][^"'\n]*["']\s*:[^{}\n]*\}/g;
/** A call with a quoted argument, the bracket right after the name: `print("hi")`, `os.getenv('HOME')`. */
const CALL = /[A-Za-z_$][\w.$]*\([^()\n]*["'][^()\n]*\)/g;
/** An attribute or assignment with a quoted value, no space around `=`: `lang="en"`, `x='a'`. */
const ASSIGNMENT = /[A-Za-z_][\w-]*=(?:"[^"\n]*"|'[^'\n]*')/g;

/** The [start, end) ranges of `text` that read as code and hold a quote. */
export function codeLikeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of [ARRAY, OBJECT, CALL, ASSIGNMENT])
    for (const m of text.matchAll(pattern)) if (/["']/.test(m[0])) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** `educated` (the same length as `typed`) with the characters of typed's code-like runs put back as typed. */
export function withCodeQuotesKept(typed: string, educated: string): string {
  const ranges = codeLikeRanges(typed);
  if (!ranges.length || typed.length !== educated.length) return educated;
  const chars = educated.split('');
  for (const [from, to] of ranges) for (let i = from; i < to; i++) chars[i] = typed[i];
  return chars.join('');
}
