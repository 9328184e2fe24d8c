import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dist = (): string => path.dirname(createRequire(import.meta.url).resolve('katex'));
let stylesheet: string | undefined;
const fonts = new Map<string, string>();

/**
 * KaTeX's stylesheet with the fonts `html` uses inlined as data: URLs (WOFF2, what Chromium
 * reads), so a guide with maths stays one self-contained file and the print page, which only
 * loads data: URLs, embeds the real maths fonts in the PDF. Faces of families no class in
 * `html` asks for are left out: all of them would add some 400 KB to every file.
 */
export function katexCss(html: string): string {
  stylesheet ??= readFileSync(path.join(dist(), 'katex.min.css'), 'utf8');
  const families = familiesUsed(stylesheet, classesIn(html));
  const css = stylesheet.replace(/@font-face\{[^}]*\}/g, (face) => {
    const family = /font-family:(KaTeX_\w+)/.exec(face)?.[1] ?? '';
    const file = /url\(fonts\/([\w-]+\.woff2)\)/.exec(face)?.[1];
    if (!families.has(family) || !file) return '';
    return face.replace(/src:[^;}]*/, `src:url(data:font/woff2;base64,${fontData(file)}) format("woff2")`);
  });
  // Print shows the typeset HTML only; the MathML copy would otherwise reach the PDF's text.
  return `${css}\n@media print { .katex .katex-mathml { display: none; } }`;
}

function fontData(file: string): string {
  let data = fonts.get(file);
  if (data === undefined) fonts.set(file, (data = readFileSync(path.join(dist(), 'fonts', file)).toString('base64')));
  return data;
}

function classesIn(html: string): Set<string> {
  return new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
}

/** Families set by the stylesheet's rules whose classes all occur in the HTML (KaTeX_Main always). */
function familiesUsed(css: string, classes: Set<string>): Set<string> {
  const families = new Set(['KaTeX_Main']);
  for (const [, selectors, body] of css.replace(/@font-face\{[^}]*\}/g, '').matchAll(/([^{}]+)\{([^{}]*KaTeX_[^{}]*)\}/g)) {
    const applies = selectors.split(',').some((selector) => [...selector.matchAll(/\.([\w-]+)/g)].every((m) => classes.has(m[1])));
    if (applies) for (const family of body.match(/KaTeX_\w+/g) ?? []) families.add(family);
  }
  return families;
}
