/**
 * A block of code that draws (boxes, arrows and trees in box-drawing characters) is a picture:
 * wrapped at the measure, as code lines are, its rows fell apart (a 64-column box on a cheat-sheet
 * column or an A5 booklet page printed as a ladder of `↳ │` pieces). Such a block is set unwrapped
 * at the largest size that fits its widest row (styles/base.css, `pre.code-art`).
 */

/** Box drawing and block elements: `┌─┐ │ └ ├── ═ ╔ ▀ █`. */
const DRAWS = /[\u2500-\u259f]/u;
/** Characters a monospaced line sets two columns wide (East Asian wide and full-width forms, emoji). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/**
 * Signs a drawing uses that the code face has no glyph for, set by another face at its own width:
 * arrows (→ ⇒), technical signs (⏎), geometric shapes (► ▼ ●), dingbats (✔ ➜) and more arrows (⮕).
 */
const OFF_GRID = /[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff]/u;

/**
 * A drawing's row (highlighted HTML) with each sign of another face's width, and each wide
 * character, in a cell of its columns' width (`art-cell`, styles/base.css): a `───►` arrow
 * drawn at the maths face's width pushed the rest of its row right of the rows above and below,
 * so a box's right edge printed as a jagged line. Tags and entities pass as they are.
 */
export function onGrid(row: string): string {
  return row.replace(/<[^>]*>|&[#\w]+;|[\s\S]/gu, (token) => {
    if (token.length > 2 || token[0] === '<' || token[0] === '&') return token;
    if (WIDE.test(token)) return `<span class="art-cell art-wide">${token}</span>`;
    return OFF_GRID.test(token) ? `<span class="art-cell">${token}</span>` : token;
  });
}

/** Columns a line of plain text takes in a monospaced face: a tab to the next multiple of 8, a wide character two. */
export function columnsOf(line: string): number {
  let column = 0;
  for (const ch of line) column = ch === '\t' ? column + 8 - (column % 8) : column + (WIDE.test(ch) ? 2 : 1);
  return column;
}

/**
 * The columns of a block's widest line when the block draws: two lines at least, and a third of
 * its lines that hold text, carry box-drawing characters. Otherwise undefined (code, wrapped as code).
 */
export function artColumns(lines: string[]): number | undefined {
  const filled = lines.filter((l) => /\S/.test(l));
  const drawn = filled.filter((l) => DRAWS.test(l)).length;
  if (drawn < 2 || drawn * 3 < filled.length) return undefined;
  return Math.max(...filled.map(columnsOf));
}
