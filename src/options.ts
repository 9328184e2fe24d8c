import type { BuildOptions } from './model/build-options.js';
import { CARD_FACES, CARD_LAYOUTS, CARD_SIZES, DUPLEX_MODES } from './model/paper.js';
import { PAPERS } from './model/paper.js';
import { LEVELS } from './model/deck.js';
import { CARD_STOCKS } from './model/card-stocks.js';
import { LAYOUT_CHOICES } from './content/layouts/types.js';

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
  /**
   * `list`: comma-separated on the command line, an array in config; `integer`: a whole number;
   * `length`: `3mm`, `0.1in` (millimetres when bare), kept in points; `offset`: two lengths `X,Y`.
   */
  kind?: 'list' | 'integer' | 'length' | 'offset';
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
  { key: 'cardStock', flag: '--card-stock <name>', description: 'print on this card stock or plain-paper layout: sets card size, paper and sheet layout from its template (other flags still win)', choices: Object.keys(CARD_STOCKS) },
  { key: 'gutter', flag: '--gutter <length>', description: 'space between cards on a sheet, e.g. 3mm or 0.125in (0: cards share cut lines)', kind: 'length' },
  { key: 'offset', flag: '--offset <x,y>', description: 'move every printed sheet by X,Y to correct the printer (mm, or with a unit: 1.5mm,-0.04in; + is right/down)', kind: 'offset' },
  { key: 'backOffset', flag: '--back-offset <x,y>', description: 'move only the back sides of flash-card sheets by X,Y more (read it off duplex-test.pdf)', kind: 'offset' },
  { key: 'level', flag: '--level <levels>', description: 'only questions of these levels, e.g. easy,medium', kind: 'list', choices: LEVELS },
  { key: 'tag', flag: '--tag <tags>', description: 'only questions with one of these tags, e.g. terraform,dns', kind: 'list' },
  { key: 'section', flag: '--section <titles>', description: 'only these sections, by title, e.g. "Scenario-based"', kind: 'list' },
  { key: 'onlyIds', flag: '--only-ids <file>', description: 'only the questions whose Id or note id (guid) the file lists, one a line, or that an Anki notes export (with its guid column) holds' },
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
  { key: 'maxQuestions', flag: '--max-questions <n>', description: 'refuse a deck with more questions than n (default 10000; 0: no limit)', kind: 'integer' },
  { key: 'recursive', flag: '-r, --recursive', description: 'read folders all the way down, not only their own .md files', default: false },
  { key: 'browserPath', flag: '--browser-path <file>', description: 'the Chrome, Chromium or Edge to print with (default: $CHROME_PATH, then the usual install locations)' },
  { key: 'layout', flag: '--layout <layout>', description: 'how deck files are written: detected per file (auto), or one layout for all', choices: LAYOUT_CHOICES, default: 'auto' },
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
