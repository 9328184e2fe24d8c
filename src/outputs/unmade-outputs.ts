import type { BuildOptions } from '../model/build-options.js';
import type { Deck, Diagnostic } from '../model/deck.js';
import { findKeyLine, wantsOutput } from '../config/config.js';

/**
 * A warning when an option asks for a file its output step makes, but `outputs` leaves that
 * step out: `--booklet --outputs cards` wrote no guide-booklet.pdf and said nothing. Placed at
 * the front matter's `booklet:` line when the deck asked for it, else at line 1.
 */
export function unmadeOutputsWarning(deck: Deck, opts: Pick<BuildOptions, 'outputs' | 'quiz' | 'booklet'>, text = ''): Diagnostic | undefined {
  if (!opts.booklet || wantsOutput('guide', opts)) return undefined;
  return {
    file: deck.file,
    line: findKeyLine(text, 'booklet', true) ?? 1,
    severity: 'warning',
    code: 'output-left-out',
    message: 'guide-booklet.pdf not written: the booklet is made from the guide, which outputs leaves out — add guide to --outputs, or drop --booklet',
  };
}
