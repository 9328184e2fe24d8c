// A list typed with its dash glued to each number (`-4. ¿Qué hace range(3)?`): markdown sees no
// list marker, so the items ran together into paragraphs and the bank read no questions. Each
// such line is given the space after its dash, in place of the one after the number
// (`- 4.¿Qué …`, the same length, so every position in the file stays), which the readers of
// question lists take as the number glued to its question. Code blocks are left as written.

const GLUED = /^-(\d{1,3}[.)]) (?=\S)/;
// An item written the same way with its space (`- 3. ¿Qué …?`, `- 3.¿Qué …?`): a bank typing such items.
const DASH_NUMBER = /^- \d{1,3}[.)]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The text with its dash-glued numbered lines spaced as list items, when the bank types its
 * items so (two such lines at least, counting those typed right, `- 3. …`).
 */
export function spaceDashNumbers(text: string): string {
  const lines = text.split('\n');
  let fence: string | undefined;
  const at: number[] = [];
  let typed = 0;
  lines.forEach((line, i) => {
    const open = FENCE.exec(line)?.[1];
    if (open && (!fence || (open[0] === fence[0] && open.length >= fence.length))) fence = fence ? undefined : open;
    else if (!fence && GLUED.test(line)) at.push(i);
    else if (!fence && DASH_NUMBER.test(line)) typed++;
  });
  if (!at.length || at.length + typed < 2) return text;
  for (const i of at) lines[i] = lines[i].replace(GLUED, '- $1');
  return lines.join('\n');
}
