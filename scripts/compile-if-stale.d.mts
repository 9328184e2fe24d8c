/** Compiles src/ (tsc -b tsconfig.json) when a source file is newer than the last compile, and bundles dist/ (scripts/bundle.mjs) when the bundle is older than it. */
export function compileIfStale(): Promise<void>;
/** True when dist/ and its bundle are current and no compile is under way (nothing to wait for). */
export function distCurrent(): boolean;
