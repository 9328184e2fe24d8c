/** A block of code as the markdown renderer writes it (highlighting adds spans inside). */
const CODE_BLOCK = /(<pre[^>]*>\s*<code[^>]*>)([\s\S]*?)(<\/code>\s*<\/pre>)/g;

/** Columns of a line's leading white space (its text without tags; a tab to the next multiple of 8, as printed). */
function indentOf(line: string): number {
  const lead = /^[ \t]*/.exec(line.replace(/<[^>]*>/g, ''))![0];
  let column = 0;
  for (const ch of lead) column = ch === '\t' ? column + 8 - (column % 8) : column + 1;
  return column;
}

/**
 * Each source line of every code block in `html` wrapped in its own `<span class="code-line">`,
 * with its indentation in columns (`--indent`), so print CSS can hang a wrapped line under its
 * own start: under the block's edge, a wrapped line of deeply nested Python read as a dedent. Highlighting spans that run across
 * lines (a long comment or string) are closed at each line end and opened again on the next.
 */
export function splitCodeLines(html: string): string {
  return html.replace(CODE_BLOCK, (_block, open: string, inner: string, close: string) => {
    const lines = inner
      .replace(/\n$/, '')
      .split('\n')
      .flatMap((line) => pieces(line).map((piece, k) => ({ piece, more: k > 0, indent: indentOf(line) })));
    const openTags: string[] = [];
    const out = lines.map(({ piece, more, indent }) => {
      const carried = openTags.join('');
      for (const [tag] of piece.matchAll(/<\/?span\b[^>]*>/g)) {
        if (tag.startsWith('</')) openTags.pop();
        else openTags.push(tag);
      }
      const style = indent > 0 ? ` style="--indent: ${indent}"` : '';
      return `<span class="code-line${more ? ' code-more' : ''}"${style}>${carried}${piece}${'</span>'.repeat(openTags.length)}</span>`;
    });
    return `${open}${out.join('')}${close}`;
  });
}

/**
 * A source line longer than LONG_LINE characters (minified code, a pasted blob) is printed in
 * pieces of PIECE characters, each its own `.code-more` line hung under the first: one line of
 * 40,000 characters, laid out whole, took Chromium a minute and longer ones timed the print out.
 * Cuts fall between characters, never inside a tag or an entity.
 */
const LONG_LINE = 1000;
const PIECE = 480;

function pieces(line: string): string[] {
  if (line.length <= LONG_LINE) return [line];
  const out: string[] = [];
  let start = 0;
  let shown = 0;
  for (const m of line.matchAll(/<[^>]*>|&[#\w]+;|[\s\S]/g)) {
    if (m[0].length === 1 || m[0][0] === '&') shown++;
    if (shown > PIECE && m[0][0] !== '<') {
      out.push(line.slice(start, m.index));
      start = m.index!;
      shown = 1;
    }
  }
  out.push(line.slice(start));
  return out;
}

/** A question with the code blocks of its card answer and prompt split into lines, for cards, the cheat sheet and the quiz's key. */
export function withCodeLines<Q extends { cardHtml: string; promptHtml?: string }>(q: Q): Q {
  return { ...q, cardHtml: splitCodeLines(q.cardHtml), ...(q.promptHtml ? { promptHtml: splitCodeLines(q.promptHtml) } : {}) };
}
