import type { LineBox } from './line-boxes.js';

// A div's first class (`.callout-tip`), its title attribute, and whether it folds (`collapse="true"`, or `"false"`: folded open).
const CLASS = /(?:^|\s)\.([\w-]+)/;
const TITLE = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const COLLAPSE = /\bcollapse\s*=/;
// A heading opening the div's content: Quarto's way of giving a callout its title.
const HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/;

/**
 * A Pandoc div (`::: {.callout-tip collapse="true"}` over `## What is a p-value?` and its answer,
 * Quarto's callouts) opening on line `line` and closed on line `close`: a collapsible one folds
 * its content under its title (a `<details>` block, so a bank kept in them reads as one kept in
 * `<details>`); its title is its `title` attribute, else the heading its content opens with (taken
 * out of the content); its kind is its class, less Quarto's `callout-`.
 */
export function pandocDiv(attributes: string, lines: string[], line: number, close: number): LineBox {
  const kind = (CLASS.exec(attributes)?.[1] ?? 'note').replace(/^callout-/, '');
  const named = TITLE.exec(attributes);
  let title = (named?.[1] ?? named?.[2] ?? '').trim();
  let from = line;
  // The content's first line, past blank ones (0-based index `from` is the line after the opening).
  while (from < close - 1 && !lines[from].trim()) from++;
  const heading = HEADING.exec(lines[from] ?? '');
  if (!title && heading && from < close - 1) {
    title = heading[1];
    from++;
  } else from = line;
  return { folded: COLLAPSE.test(attributes), title, kind, from, close };
}
