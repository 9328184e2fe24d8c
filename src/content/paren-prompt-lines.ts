// An exam sheet typed with ASCII brackets numbers its prompts `3) …` over the code block that
// answers each (layouts/paren-prompts.ts reads the full-width `3）…` form). To markdown, `3) …`
// opens a list of one item, which no reader takes for a prompt over its answer, so the sheet read
// as its part titles only. Where two such lines at least each stand over a fence (perhaps under a
// quoted requirement between), their bracket is escaped (`3\) …`): they are the paragraphs they
// look like, line for line.

// `3) words`, indented less than code is.
const PROMPT_LINE = /^( {0,3}\p{Nd}{1,3})\) (?=\S)/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The index of the first line after `i` that is neither blank nor quoted. */
function nextBlock(lines: string[], i: number): number {
  let k = i + 1;
  while (k < lines.length && !lines[k].trim()) k++;
  // A quoted requirement between the prompt and its answer (`> 需求：…`).
  if (k < lines.length && /^ {0,3}>/.test(lines[k])) {
    while (k < lines.length && (/^ {0,3}>/.test(lines[k]) || !lines[k].trim())) k++;
  }
  return k;
}

/** The text with each ASCII-bracketed prompt over a fence written as a paragraph (see above). */
export function parenPromptLines(text: string): string {
  if (!/^ {0,3}\p{Nd}{1,3}\) /mu.test(text)) return text;
  const lines = text.split('\n');
  const prompts: number[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && !lines[i].slice(open[0].length).trim()) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    if (PROMPT_LINE.test(lines[i]) && FENCE.test(lines[nextBlock(lines, i)] ?? '')) prompts.push(i);
  }
  if (prompts.length < 2) return text;
  for (const i of prompts) lines[i] = lines[i].replace(PROMPT_LINE, '$1\\) ');
  return lines.join('\n');
}
