import { SYSTEM_CJK_VAR } from '../model/fonts.js';
import { decodeEntities } from './html-text.js';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Most labels an alt text names before it stops with "…": a screen reader reads it whole. */
const MOST_LABELS = 12;

/**
 * The caption a diagram's author gave it: the first `%%` comment of the mermaid source (not a
 * `%%{init}%%` directive), which mermaid itself ignores.
 */
export function diagramCaption(source: string): string | undefined {
  for (const line of source.split('\n')) {
    const comment = /^\s*%%(?!\{)\s*(.*?)\s*$/.exec(line);
    if (comment?.[1]) return comment[1];
  }
  return undefined;
}

/** The words of one SVG <text>: its tspans are words and rows, read as one line. */
const textWords = (markup: string) =>
  decodeEntities(markup.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What a diagram says, for a reader who cannot see it, made from the drawing itself: its nodes'
 * labels in the order drawn (a flowchart's joined by arrows, as read along its edges), else every
 * label it prints, each once. No words of a language of its own: the deck's labels read as they are.
 */
export function diagramAltText(svg: string): string | undefined {
  // Each node's label is the first <text> after its group opens (its rows and words tspans).
  const nodes = svg
    .split(/<g class="node\b/)
    .slice(1)
    .map((part) => textWords(/<text\b[^>]*>([\s\S]*?)<\/text>/.exec(part)?.[1] ?? ''));
  const flow = /aria-roledescription="flowchart/.test(svg) && nodes.some(Boolean);
  const labels = flow ? nodes : [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((t) => textWords(t[1]));
  const unique = [...new Set(labels.filter(Boolean))];
  if (!unique.length) return undefined;
  const shown = unique.slice(0, MOST_LABELS).join(flow ? ' → ' : ', ');
  return unique.length > MOST_LABELS ? `${shown} …` : shown;
}

/**
 * The drawing's font stacks (mermaid writes its configured stack into the SVG's style) ending in
 * the page's redrawn CJK faces before the generic sans: its kana and ideographs fell to the
 * installed face itself, which Chromium prints as an unnamed Type 3 font (ステージング in a
 * flowchart's label), though the page's text printed the same characters in the redrawn face.
 * Without such faces (a page with no CJK text, the HTML opened from disk) the variable is unset and
 * the stack ends in the generic sans as drawn.
 */
function withPageCjkFaces(svg: string): string {
  return svg.replace(/(font-family:[^;}<]*?),\s*sans-serif\s*(?=[;}])/g, `$1,var(${SYSTEM_CJK_VAR}, sans-serif)`);
}

/**
 * A drawn diagram as a figure, always an image named for screen readers (role="img",
 * aria-label): by its caption when it has one, which prints under it, else by what its labels say.
 */
export function diagramFigure(drawn: string, caption: string | undefined): string {
  const svg = withPageCjkFaces(drawn);
  const alt = caption ?? diagramAltText(svg);
  if (!alt) return `<figure class="diagram">${svg}</figure>`;
  const text = escapeHtml(alt);
  // Mermaid's own role and label on the drawing give way to ours.
  const named = svg.replace(/^\s*<svg\b[^>]*>/, (open) =>
    open.replace(/\s(?:role|aria-label)="[^"]*"/g, '').replace(/^<svg\b/, `<svg role="img" aria-label="${text}"`),
  );
  return `<figure class="diagram">${named}${caption ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}
