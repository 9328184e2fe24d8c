import type { Command } from 'commander';
import { StudyguideError } from '../errors.js';

/**
 * Refuses a flag that takes one value given twice (`--out a --out b`): commander keeps the last
 * without a word, and which one a user meant is theirs to say. Lists are one flag too, their
 * entries comma-separated (`--outputs guide,cards`).
 */
export function refuseRepeatedValues(program: Command): void {
  for (const cmd of [program, ...program.commands]) {
    for (const option of cmd.options) {
      if (!(option.required || option.optional) || option.variadic) continue;
      let seen: string | undefined;
      cmd.on(`option:${option.name()}`, (value: unknown) => {
        // `--no-config` shares the event of `--config <file>`, without a value.
        if (typeof value !== 'string') return;
        if (seen !== undefined) throw new StudyguideError(`${option.long ?? option.flags} given twice (${seen}, then ${value})`, { hint: 'give it once' });
        seen = value;
      });
    }
  }
}
