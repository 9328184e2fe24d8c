import path from 'node:path';
import type { Command, Option } from 'commander';
import { StudyguideError } from '../errors.js';

/** A flag whose value names a file or folder: `out` and `out/` name one folder. */
const PATH_VALUE = /<(?:dir|file|[^>]*\.md)>/;

/** Two values of one flag that mean the same: as typed, as its parser reads them (`A4`, `a4`), or as one path. */
function sameValue(option: Option, a: string, b: string): boolean {
  if (a === b) return true;
  if (PATH_VALUE.test(option.flags)) return path.resolve(a) === path.resolve(b);
  const read = (v: string): unknown => {
    try {
      return option.parseArg ? option.parseArg(v, undefined) : v;
    } catch {
      return v;
    }
  };
  return JSON.stringify(read(a)) === JSON.stringify(read(b));
}

/**
 * Refuses a flag that takes one value given twice with different values (`--out a --out b`):
 * commander keeps the last without a word, and which one a user meant is theirs to say. The same
 * value twice (a line edited in a script, `--out out --out out/`) means one thing and passes.
 * Lists are one flag too, their entries comma-separated (`--outputs guide,cards`).
 */
export function refuseRepeatedValues(program: Command): void {
  for (const cmd of [program, ...program.commands]) {
    for (const option of cmd.options) {
      if (!(option.required || option.optional) || option.variadic) continue;
      let seen: string | undefined;
      cmd.on(`option:${option.name()}`, (value: unknown) => {
        // `--no-config` shares the event of `--config <file>`, without a value.
        if (typeof value !== 'string') return;
        if (seen !== undefined && !sameValue(option, seen, value))
          throw new StudyguideError(`${option.long ?? option.flags} given twice with different values (${seen}, then ${value})`, {
            hint: 'give it once, with the value you mean',
          });
        seen ??= value;
      });
    }
  }
}
