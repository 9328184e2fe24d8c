import type { Diagnostic } from '../model/deck.js';
import { LAYOUT_CHOICES } from '../model/layouts.js';
import { shapeOf } from './value-shape.js';
import { isGeneratorLayout } from './site-generator-keys.js';

/** Whether a value names one of our layouts (or `auto`). */
export const isLayoutChoice = (value: unknown): boolean => (LAYOUT_CHOICES as readonly unknown[]).includes(value);

/**
 * The `layout:` a deck's front matter gives, when it names one of ours. A blog post's front
 * matter names its site generator's page layout (Jekyll's `layout: post`, Hugo's `layout: single`):
 * that is no reason to refuse its questions, so it is read as if absent: quietly when it is one
 * of the generators' usual page layouts, else with a warning at its line.
 */
export function frontMatterLayout(value: unknown, file: string, line: number, diagnostics: Diagnostic[]): unknown {
  // An empty `layout:` is absent, as an empty value of any key.
  if (value === undefined || value === null || isLayoutChoice(value)) return value ?? undefined;
  // A site's page layout (`post`, `single`) is quietly the site's; any other word may be one of ours misspelt.
  if (isGeneratorLayout(value)) return undefined;
  diagnostics.push({
    file,
    line,
    severity: 'warning',
    code: 'unknown-front-matter',
    message:
      typeof value === 'string' || typeof value === 'number'
        ? `front matter "layout: ${value}" names no layout studyguide reads (a site generator's page layout?); the layout is detected — to name one, use ${LAYOUT_CHOICES.join(', ')}`
        : `front matter "layout" is ${shapeOf(value)}, not a layout name; ignored: the layout is detected — to name one, use ${LAYOUT_CHOICES.join(', ')}`,
  });
  return undefined;
}
