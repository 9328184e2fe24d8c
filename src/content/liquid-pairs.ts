import { fencedLines } from './fences.js';

// A GitBook plugin's tag pair around words, anywhere on a line (`{%s%}NaN{%ends%}`, the spoiler
// plugin's; `{% raw %}…{% endraw %}`): markdown printed the tags as text, braces and all, and a
// bank answering every question in a spoiler read nothing but tags. The pair may span lines.
const PAIR = /\{%-?[ \t]*([a-z][\w-]*)(?:[ \t]+[^%\n]*?)?[ \t]*-?%\}([\s\S]*?)\{%-?[ \t]*end\1[ \t]*-?%\}/g;
// A spoiler hides its words until clicked; a short answer is padded with dashes so that its box is
// wide enough to find (`{%s%}----NaN----{%ends%}`): the padding is no part of the answer.
const SPOILERS = new Set(['s', 'spoiler']);
const PADDING_START = /^([ \t\n]*)-{2,}[ \t]*/;
const PADDING_END = /[ \t]*-{2,}([ \t\n]*)$/;

/** The words a pair holds, a spoiler's padding taken off; every line break kept. */
function inside(name: string, words: string): string {
  if (!SPOILERS.has(name)) return words;
  return words.replace(PADDING_START, '$1').replace(PADDING_END, '$1');
}

/**
 * The text with each Liquid tag pair around words (outside fenced code, not in a code span) taken
 * off, the words kept: on paper nothing is hidden. Every line keeps its number. The block tags
 * GitBook draws as boxes (`{% hint %}`) are read before this, by liquid-blocks.ts.
 */
export function liquidPairs(text: string): string {
  if (!text.includes('{%')) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const out: string[] = [];
  // Runs of lines outside fences, each rewritten whole so that a pair may span its lines.
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(...run.join('\n').replace(PAIR, (all: string, name: string, words: string, at: number, whole: string) => (whole[at - 1] === '`' ? all : inside(name, words))).split('\n'));
    run = [];
  };
  lines.forEach((line, i) => {
    if (fenced[i]) {
      flush();
      out.push(line);
    } else run.push(line);
  });
  flush();
  return out.join('\n');
}
