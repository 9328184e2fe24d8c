import type { BuildOptions } from './build.js';
import { CARD_FACES, CARD_LAYOUTS, CARD_SIZES, DUPLEX_MODES } from './render/render-cards.js';
import { PAPERS } from './render/view.js';
import { LEVELS } from './content/model.js';

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
  /** `list`: comma-separated on the command line, an array in config; `integer`: a whole number. */
  kind?: 'list' | 'integer';
}

/** The bundled content folder, built when no paths are given. */
export const DEFAULT_CONTENT = 'content';

export const BUILD_OPTION_SPECS: OptionSpec[] = [
  { key: 'outDir', flag: '-o, --out <dir>', description: 'output folder', default: 'out' },
  { key: 'paper', flag: '--paper <size>', description: 'paper size of the guide and card sheets', choices: Object.keys(PAPERS), default: 'a4' },
  { key: 'cardSize', flag: '--card-size <size>', description: 'size of each cheat card (landscape)', choices: Object.keys(CARD_SIZES), default: 'index-3x5' },
  { key: 'cardLayout', flag: '--card-layout <layout>', description: 'one card per PDF page, or as many as fit on a --paper sheet with crop marks', choices: CARD_LAYOUTS, default: 'pages' },
  { key: 'cardFaces', flag: '--card-faces <faces>', description: 'question and answer on one face (cheat), or answer on the back (flash)', choices: CARD_FACES, default: 'cheat' },
  { key: 'duplex', flag: '--duplex <edge>', description: 'how your printer flips flash-card sheets: on the long or the short edge', choices: DUPLEX_MODES, default: 'long' },
  { key: 'level', flag: '--level <levels>', description: 'only questions of these levels, e.g. easy,medium', kind: 'list', choices: LEVELS },
  { key: 'tag', flag: '--tag <tags>', description: 'only questions with one of these tags, e.g. terraform,dns', kind: 'list' },
  { key: 'section', flag: '--section <titles>', description: 'only these sections, by title, e.g. "Scenario-based"', kind: 'list' },
  { key: 'shuffle', flag: '--shuffle', description: 'put the questions in random order (repeatable with --seed)', default: false },
  { key: 'seed', flag: '--seed <n>', description: 'seed for --shuffle: the same seed gives the same order', kind: 'integer' },
  { key: 'quiz', flag: '--quiz', description: 'also write quiz.pdf: questions with space to answer, then an answer key', default: false },
  { key: 'outputs', flag: '--outputs <names>', description: 'which outputs to make, e.g. guide,cards (default: all)', kind: 'list' },
  { key: 'cache', flag: '--no-cache', description: 'rebuild every deck, even those whose outputs are up to date', default: true },
  { key: 'booklet', flag: '--booklet', description: 'also write guide-booklet.pdf: the guide two pages a side, in fold order, for saddle-stitch printing', default: false },
  { key: 'combine', flag: '--combine', description: 'also build out/all/: every deck in one guide and one card deck, each deck a part', default: false },
  { key: 'theme', flag: '--theme <dir>', description: 'a folder whose templates/ and styles/ replace ours file by file' },
  { key: 'templates', flag: '--templates <dir>', description: 'your own templates folder (layouts, partials/), ahead of the theme\'s and ours' },
  { key: 'styles', flag: '--styles <dir>', description: 'your own stylesheets folder, ahead of the theme\'s and ours' },
  { key: 'printPart', flag: '--print-part <n>', description: 'print large decks in parts of about n questions, joined into one PDF: faster and leaner (default 150; 0: one document)', kind: 'integer' },
  { key: 'fonts', flag: '--fonts <families>', description: 'installed font families to print with ahead of the bundled ones (code stays in the bundled mono), e.g. "Noto Sans CJK KR"', kind: 'list' },
  { key: 'strict', flag: '--strict', description: 'a card whose text does not fit is an error, not a warning', default: false },
];

/** Options only `studyguide watch` has; it takes every build option too. */
export const WATCH_OPTION_SPECS: OptionSpec[] = [
  { key: 'port', flag: '-p, --port <n>', description: 'port of the preview server on 127.0.0.1 (0: any free port)', kind: 'integer', default: '4000' },
  { key: 'pdf', flag: '--no-pdf', description: 'preview the HTML only, never start a browser for PDFs', default: true },
];

/** The defaults of every option, as BuildOptions fields (without paths). */
export function defaultOptions(): Omit<BuildOptions, 'paths'> {
  return Object.fromEntries(BUILD_OPTION_SPECS.map((s) => [s.key, s.default])) as unknown as Omit<BuildOptions, 'paths'>;
}
