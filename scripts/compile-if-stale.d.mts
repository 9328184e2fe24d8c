/** Compiles src/ (tsc -b tsconfig.json) when a source file is newer than the last compile. */
export function compileIfStale(): Promise<void>;
