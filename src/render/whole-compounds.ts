/** A hyphenated compound: `point-in-time`, `real-time`, `follow-up`, `Ende-zu-Ende`. */
const COMPOUND = /(?<![\p{L}\p{M}\p{N}_\u00ad-])[\p{L}\p{M}\p{N}\u00ad]+(?:-[\p{L}\p{M}\p{N}\u00ad]+)+(?![\p{L}\p{M}\p{N}_\u00ad-])/gu;

/** Longest compound kept whole (soft hyphens not counted): a longer one may need its breaks on a narrow card. */
const LONGEST = 20;

/** Elements whose text is left alone: code keeps its own breaks, links their addresses, maths its markup, a kept span is kept already. */
const SKIPPED = /^<(code|pre|kbd|samp|a|math|svg)\b|^<span\b[^>]*\bclass="[^"]*\b(nobr|katex)\b/;

const VOID = /^<(br|img|wbr|hr|input)\b|\/>$/;

/**
 * A question's heading with each short hyphenated compound kept on one line (`class="nobr"`,
 * base.css): a 4×6 card broke "point-⏎in-time recovery", a compound read as two words.
 */
export function wholeCompounds(html: string): string {
  if (!/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(html)) return html;
  // Each open element's "skipped" flag, so text inside code or a link is passed over until it closes.
  const open: boolean[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((piece, i) => {
      if (i % 2 === 1) {
        if (piece.startsWith('</')) open.pop();
        else if (!VOID.test(piece) && !piece.startsWith('<!')) open.push(SKIPPED.test(piece) || open.at(-1) === true);
        return piece;
      }
      if (open.at(-1) === true) return piece;
      return piece.replace(COMPOUND, (word) => (word.replace(/\u00ad/g, '').length <= LONGEST ? `<span class="nobr">${word}</span>` : word));
    })
    .join('');
}
