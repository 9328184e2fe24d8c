// YAML closes a document with `...` as well as `---`, and our check reads front matter closed so
// (content/front-matter-block.ts); markdown reads only `---`, so the block was text and the deck had
// no title. The closing `...` is read as the `---` it means: same length, every position stays.

const CLOSED = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)??(---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The text with front matter closed by `...` closed by `---` instead. */
export function documentEnd(text: string): string {
  const m = CLOSED.exec(text);
  if (m?.[1] !== '...') return text;
  const at = m.index + m[0].lastIndexOf('...');
  return `${text.slice(0, at)}---${text.slice(at + 3)}`;
}
