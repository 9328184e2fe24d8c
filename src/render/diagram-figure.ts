const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

/**
 * A drawn diagram as a figure: with a caption, the drawing is an image named by it for screen
 * readers (role="img", aria-label) and the caption prints under it.
 */
export function diagramFigure(svg: string, caption: string | undefined): string {
  if (!caption) return `<figure class="diagram">${svg}</figure>`;
  const text = escapeHtml(caption);
  // Mermaid's own role and label on the drawing give way to ours.
  const named = svg.replace(/^\s*<svg\b[^>]*>/, (open) =>
    open.replace(/\s(?:role|aria-label)="[^"]*"/g, '').replace(/^<svg\b/, `<svg role="img" aria-label="${text}"`),
  );
  return `<figure class="diagram">${named}<figcaption>${text}</figcaption></figure>`;
}
