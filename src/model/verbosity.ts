/** How much the CLI says: `quiet` only errors, `verbose` also settings and every warning's code. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';
