import { compileIfStale as compile } from '../scripts/compile-if-stale.mjs';

/**
 * The unit project's setup: a few unit tests spawn bin/studyguide.js (interrupts, concurrent
 * builds need a process of their own), which runs dist/. Compiled again only when a source file
 * is newer than the last compile (scripts/compile-if-stale.mjs), so a run after an edit never
 * tests the old code, and a run without one costs nothing. The e2e project's setup uses it too.
 */
export default function compileIfStale(): Promise<void> {
  // Both projects' setups may ask at once: one compile serves them (not two writing dist/ together).
  const shared = globalThis as { studyguideCompile?: Promise<void> };
  shared.studyguideCompile ??= compile();
  return shared.studyguideCompile;
}
