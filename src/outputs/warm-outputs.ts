import { wantsOutput } from '../config/config.js';
import type { BuildOptions } from '../model/build-options.js';
import { bundledCodePoints, SURELY_COVERED } from '../render/font-coverage.js';
import { setsKanaOrHan } from '../render/fonts.js';
import { loadSteps, OUTPUT_NAMES } from './steps.js';

/**
 * Readies what printing a deck needs whatever its parse finds, while the parse runs on its own
 * thread and this one waits idle: the wanted output steps' modules (pdf-lib, Handlebars, the
 * renderers) and the code points of the bundled faces its text needs (each face's table decoded,
 * for the coverage warnings). Both were done after the parse, on the way to the first print: 1.7 s
 * of the bundled build on a loaded machine. Never throws: a failure here is met again, and
 * reported, where the deck needs it.
 */
export function warmOutputs(opts: Pick<BuildOptions, 'outputs' | 'quiz'>, markdown: string, { load = loadSteps, decode = bundledCodePoints } = {}): void {
  load(OUTPUT_NAMES.filter((name) => wantsOutput(name, opts))).catch(() => undefined);
  // After the parse's job is handed over (this is synchronous work on this thread), not before it.
  if (SURELY_COVERED.test(markdown)) return;
  setImmediate(() => {
    try {
      // The deck's language is not known yet: a Korean deck's faces are decoded when it is.
      decode(undefined, setsKanaOrHan(markdown));
    } catch {
      // Said by the coverage warnings, which decode the tables again.
    }
  });
}
