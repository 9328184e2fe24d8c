import { fencedLines } from './fences.js';
import { closingLine } from './line-boxes.js';

// `{% hint style="warning" %}` or `{% tab title="Python" %}` alone on its line: a GitBook (Liquid) block
// tag opening, its name and its arguments; `{% endhint %}` closes it.
const TAG_OPEN = /^[ \t]{0,3}\{%-?[ \t]*([a-z][\w-]*)((?:[ \t]+[^\n]*?)?)[ \t]*-?%\}[ \t]*$/;
const TAG_CLOSE = /^[ \t]{0,3}\{%-?[ \t]*end([a-z][\w-]*)[ \t]*-?%\}[ \t]*$/;
// The blocks drawn as a box around their content; the others GitBook draws (`tabs`, `code`) only wrap it.
const BOXES = new Set(['hint', 'tab']);
const WRAPS = new Set(['tabs', 'code']);
// A hint's style as the callout kind a reader knows: GitBook's four.
const STYLES: Record<string, string> = { info: 'note', success: 'tip', warning: 'warning', danger: 'caution' };
const TITLE = /\btitle[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)')/i;
const STYLE = /\bstyle[ \t]*=[ \t]*["']?([\w-]+)/i;

/**
 * GitBook's block tags around markdown, which markdown reads as paragraphs printing their braces,
 * rewritten line for line as what they draw: a hint (`{% hint style="warning" %}` … `{% endhint %}`)
 * is a callout of its style, a tab (`{% tab title="Go" %}`) a callout under its title, and the tags
 * that only wrap (`{% tabs %}`, `{% code title="…" %}`) blank lines, their content kept. A tag with no
 * end tag, and any in fenced code, stays as written.
 */
export function liquidBlocks(text: string): string {
  if (!text.includes('{%')) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const closeOf = (from: number, name: string): number =>
    closingLine(lines, from + 1, (l) => TAG_OPEN.exec(l)?.[1] === name, (l) => TAG_CLOSE.exec(l)?.[1] === name, fenced);
  const out = [...lines];
  // Open boxes, by the line that closes each: the lines inside are quoted once for each.
  const open: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    while (open.length && open[open.length - 1] < i) open.pop();
    const quote = '> '.repeat(open.length);
    const tag = fenced[i] ? undefined : TAG_OPEN.exec(lines[i]);
    const name = tag?.[1];
    const close = name && (BOXES.has(name) || WRAPS.has(name)) ? closeOf(i, name) : -1;
    if (tag && name && close > 0) {
      if (BOXES.has(name)) {
        const kind = name === 'hint' ? (STYLES[STYLE.exec(tag[2])?.[1].toLowerCase() ?? 'info'] ?? 'note') : 'note';
        const title = (TITLE.exec(tag[2])?.slice(1).find((t) => t !== undefined) ?? '').trim();
        out[i] = `${quote}> [!${kind}]${title ? ` ${title}` : ''}`;
        out[close] = quote.trimEnd();
        open.push(close);
      } else {
        out[i] = quote.trimEnd();
        out[close] = quote.trimEnd();
      }
      continue;
    }
    if (open.length && out[i] === lines[i]) out[i] = lines[i] ? `${quote}${lines[i]}` : quote.trimEnd();
  }
  return out.join('\n');
}
