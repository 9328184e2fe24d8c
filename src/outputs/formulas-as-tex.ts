/** A KaTeX formula's TeX source, kept in its MathML annotation. */
const TEX_ANNOTATION = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/;

/**
 * Replaces each typeset formula (a `<span class="katex">` subtree) with its TeX between `\(…\)`
 * or `\[…\]`, which flashcard apps such as Anki typeset themselves; our KaTeX markup would need
 * our stylesheet and fonts.
 */
export function formulasAsTex(html: string): string {
  html = untied(html);
  let out = '';
  let at = 0;
  for (;;) {
    const start = html.indexOf('<span class="katex', at);
    if (start < 0) return out + html.slice(at);
    const end = endOfSpan(html, start);
    const display = html.startsWith('<span class="katex-display', start);
    // The annotation is already HTML-escaped, as the field (HTML) needs: `a &lt; b` stays so.
    const tex = TEX_ANNOTATION.exec(html.slice(start, end))?.[1] ?? '';
    out += html.slice(at, start) + (display ? `\\[${tex}\\]` : `\\(${tex}\\)`);
    at = end;
  }
}

/** Index just past the `</span>` that closes the span opened at `start`. */
function endOfSpan(html: string, start: number): number {
  const tags = /<span\b|<\/span>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</span>' ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

const TIED = '<span class="math-tied">';

/** The HTML without the spans that keep a formula on one line with its punctuation (content/tie-math-punctuation.ts): a print matter. */
function untied(html: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = html.indexOf(TIED, at);
    if (start < 0) return out + html.slice(at);
    const end = endOfSpan(html, start);
    out += html.slice(at, start) + html.slice(start + TIED.length, end - '</span>'.length);
    at = end;
  }
}
