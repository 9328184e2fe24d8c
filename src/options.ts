import type { BuildOptions } from './build.js';
import { CARD_SIZES } from './render/render-cards.js';
import { PAPERS } from './render/view.js';

/**
 * Every build option, declared once: the CLI makes its flags and --help from this table, and
 * the config file schema (config.ts) accepts the same keys. Add a row here to add an option.
 */
export interface OptionSpec {
  /** camelCase key in BuildOptions and in studyguide.config.json. */
  key: string;
  /** Command-line flag, e.g. `--card-size <size>` or `--booklet`. */
  flag: string;
  description: string;
  choices?: readonly string[];
  default?: string | boolean | number;
}

export const BUILD_OPTION_SPECS: OptionSpec[] = [
  { key: 'outDir', flag: '-o, --out <dir>', description: 'output folder', default: 'out' },
  { key: 'paper', flag: '--paper <size>', description: 'paper size of the guide and card sheets', choices: Object.keys(PAPERS), default: 'a4' },
  { key: 'cardSize', flag: '--card-size <size>', description: 'size of each cheat card (landscape)', choices: Object.keys(CARD_SIZES), default: 'index-3x5' },
];

/** The defaults of every option, as BuildOptions fields (without paths). */
export function defaultOptions(): Omit<BuildOptions, 'paths'> {
  return Object.fromEntries(BUILD_OPTION_SPECS.map((s) => [s.key, s.default])) as unknown as Omit<BuildOptions, 'paths'>;
}
