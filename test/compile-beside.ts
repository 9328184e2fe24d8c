import compileIfStale from './compile-dist.js';

/**
 * The unit project's setup: dist/ compiled (when a source file is newer than the last compile)
 * beside the tests, not before them. Most unit tests run the sources alone; the few that run
 * dist/ (a spawned bin/studyguide.js, a parser thread) wait for this compile where they start
 * it (test/dist-current.ts). Its failure is reported there, by the tests that needed it.
 */
export default function compileBeside(): () => Promise<void> {
  const compiled = compileIfStale().catch(() => undefined);
  // The run ends after the compile: no compiler left writing dist/ when vitest exits.
  return () => compiled;
}
