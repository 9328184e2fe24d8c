/** Smallest size a diagram's labels may print at on a guide page: 7 pt, in CSS pixels. */
export const MIN_LABEL_PX = (7 * 96) / 72;
/** Height a diagram keeps under when its labels allow (diagrams.css): 120 mm, in CSS pixels. */
const USUAL_HEIGHT_PX = (120 * 96) / 25.4;
/** Share of the text block's height a diagram may take at most (its caption and margins need the rest). */
const ROOM = 0.85;

/**
 * The least width the text beside a turned diagram keeps, in CSS pixels: 13 ems of the guide's
 * 11 pt text, some 27 characters. Less, and the diagram stands alone across the measure: beside a
 * turned sequence diagram on the A5 booklet page, the next question ran on in a column of 14
 * characters, a hyphen on every other line.
 */
const LEAST_BESIDE_PX = 13 * ((11 * 96) / 72);
/** What the floated figure takes besides its drawing: its 1.2 em margin and its turned caption's line. */
const FLOAT_EXTRA_PX = 40;

const FIGURE = /<figure class="diagram">(\s*<svg\b[^>]*>)([\s\S]*?)<\/figure>/g;

/** The drawing's size in its own pixels (its viewBox) and its labels' size, from mermaid's root rule (16 px when unsaid). */
function measure(svgOpen: string, inside: string): { width: number; height: number; labelPx: number } | undefined {
  const box = /\bviewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svgOpen);
  if (!box) return undefined;
  const id = /\bid="([^"]+)"/.exec(svgOpen)?.[1];
  const style = id ? new RegExp(`#${id}\\{[^}]*?font-size:\\s*([\\d.]+)px`).exec(inside) : null;
  return { width: Number(box[1]), height: Number(box[2]), labelPx: style ? Number(style[1]) : 16 };
}

const px = (n: number) => `${Math.floor(n * 10) / 10}px`;

/**
 * Every diagram of a guide answer sized so its labels print at 7 pt at least: shrunk to the
 * column (`room`, the text block in CSS pixels) and to 120 mm, a long flow's labels printed at
 * 4–6 pt. A diagram whose labels need it may grow to most of a page's height; one too wide for the
 * column is turned a quarter, its width running up the page, when that brings its labels to 7 pt or
 * sets them a sixth larger at least. Never past the column: content beyond its right edge makes
 * Chromium shrink the whole page, beyond its left edge is cut off. Sizes go on the figure as custom
 * properties, read by diagrams.css in print only.
 */
export function fitDiagrams(html: string, room: { width: number; height: number }): string {
  return html.replace(FIGURE, (figure, svgOpen: string, inside: string) => {
    const size = measure(svgOpen, inside);
    if (!size) return figure;
    const { width, height, labelPx } = size;
    const tallest = room.height * ROOM;
    const needed = MIN_LABEL_PX / labelPx;
    const usual = Math.min(1, room.width / width, USUAL_HEIGHT_PX / height);
    if (usual >= needed) return figure;
    // Upright, at the size its labels need when the page allows it, else as large as it allows.
    const upright = Math.min(needed, room.width / width, tallest / height);
    const turned = Math.min(needed, tallest / width, room.width / height);
    if (upright < needed && (turned >= needed || turned > upright * 1.16)) {
      const vars = `--box-w: ${px(height * turned)}; --turned-h: ${px(width * turned)}`;
      const end = inside.lastIndexOf('</svg>') + '</svg>'.length;
      const alone = room.width - height * turned - FLOAT_EXTRA_PX < LEAST_BESIDE_PX ? ' diagram-turned-alone' : '';
      return `<figure class="diagram diagram-turned${alone}" style="${vars}"><span class="diagram-turn">${svgOpen}${inside.slice(0, end)}</span>${inside.slice(end)}</figure>`;
    }
    return `<figure class="diagram diagram-sized" style="--box-w: ${px(width * upright)}">${svgOpen}${inside}</figure>`;
  });
}
