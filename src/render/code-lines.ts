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
    const lines = inner.replace(/\n$/, '').split('\n');
    const openTags: string[] = [];
    const out = lines.map((line) => {
      const carried = openTags.join('');
      for (const [tag] of line.matchAll(/<\/?span\b[^>]*>/g)) {
        if (tag.startsWith('</')) openTags.pop();
        else openTags.push(tag);
      }
      const indent = indentOf(line);
      const style = indent > 0 ? ` style="--indent: ${indent}"` : '';
      return `<span class="code-line"${style}>${carried}${line}${'</span>'.repeat(openTags.length)}</span>`;
    });
    return `${open}${out.join('')}${close}`;
  });
}
