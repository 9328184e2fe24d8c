/** A block of code as the markdown renderer writes it (highlighting adds spans inside). */
const CODE_BLOCK = /(<pre[^>]*>\s*<code[^>]*>)([\s\S]*?)(<\/code>\s*<\/pre>)/g;

/**
 * Each source line of every code block in `html` wrapped in its own `<span class="code-line">`,
 * so print CSS can hang a wrapped line under its start. Highlighting spans that run across
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
      return `<span class="code-line">${carried}${line}${'</span>'.repeat(openTags.length)}</span>`;
    });
    return `${open}${out.join('')}${close}`;
  });
}
