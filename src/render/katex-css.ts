import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let cached: string | undefined;

/**
 * KaTeX's stylesheet with its fonts inlined as data: URLs (WOFF2 only, what Chromium reads),
 * so a guide with maths stays one self-contained file and the print page, which only loads
 * data: URLs, embeds the real maths fonts in the PDF.
 */
export function katexCss(): string {
  if (cached !== undefined) return cached;
  const dist = path.dirname(createRequire(import.meta.url).resolve('katex'));
  const css = readFileSync(path.join(dist, 'katex.min.css'), 'utf8');
  cached = css.replace(/src:url\(fonts\/([\w-]+)\.woff2\)[^;}]*/g, (_all, name: string) => {
    const font = readFileSync(path.join(dist, 'fonts', `${name}.woff2`)).toString('base64');
    return `src:url(data:font/woff2;base64,${font}) format("woff2")`;
  });
  // Print shows the typeset HTML only; the MathML copy would otherwise reach the PDF's text.
  cached += '\n@media print { .katex .katex-mathml { display: none; } }';
  return cached;
}
