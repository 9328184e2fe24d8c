// Apart from front-matter.ts, which loads the YAML parser: the option checks that name a value's
// shape load with every command line, `--help` included, and need no parser.

/** A YAML value's shape, as a warning names it. */
export function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return 'true/false';
  if (value === null || value === undefined) return 'empty';
  return typeof value === 'object' ? 'a mapping' : `"${String(value)}"`;
}
