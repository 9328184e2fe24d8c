import type { Diagnostic } from '../model/deck.js';
import { deckOptionKeys } from '../model/option-schema.js';
import { validateOptions } from '../config/validate-options.js';
import { StudyguideError } from '../errors.js';
import { keyLine } from './front-matter.js';

/**
 * A bank not written for studyguide (a foreign layout, a notes app's page asking in boxes) carries
 * the front matter of the app it was kept in: `level: ["4"]` is that app's own scale, not our
 * level filter. Each of our option keys whose value we cannot read is its metadata: dropped from
 * `fm` with a warning at its line, so the bank is read. A deck of ours keeps these as errors.
 */
export function dropForeignOptions(fm: Record<string, unknown>, yaml: string, fmLine: number, file: string, diagnostics: Diagnostic[]): void {
  const ours = deckOptionKeys();
  for (const key of Object.keys(fm)) {
    // `layout` is read (and warned about) where the layout is chosen (front-matter-layout.ts).
    if (key === 'layout' || !ours.includes(key) || fm[key] === undefined || fm[key] === null) continue;
    const line = keyLine(yaml, key, fmLine);
    try {
      validateOptions({ [key]: fm[key] }, { file, lineOf: () => line, name: (k) => `front matter "${k}"` });
    } catch (err) {
      if (!(err instanceof StudyguideError)) throw err;
      delete fm[key];
      diagnostics.push({
        file,
        line,
        severity: 'warning',
        code: 'unknown-front-matter',
        message: `${err.message}: taken for the notes app's own "${key}", the bank not being in studyguide's layout; ignored — write a value studyguide reads to use it`,
      });
    }
  }
}
