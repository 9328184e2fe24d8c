// Every option, declared once as a zod schema. Each entry carries its value type, default, help
// text and command-line flag; the BuildOptions type, the CLI flags and --help, the config keys,
// the defaults and the JSON Schema are all read off this file. Add an entry to add an option.
import { z } from 'zod';
import { LEVELS } from './deck.js';
import { LABELS, type LabelOverrides } from './labels.js';
import { LAYOUT_CHOICES } from './layouts.js';
import { parseLength, parseOffset } from './lengths.js';
import { CARD_STOCKS } from './card-stocks.js';
import { OUTPUT_NAMES } from './output-names.js';
import { CARD_FACES, CARD_LAYOUTS, CARD_SIZES, DUPLEX_MODES, PAPERS } from './paper.js';

/** How a value is written, so messages and the command line can speak about it. */
export interface ValueKind {
  /** `list`: comma-separated on the command line, an array in config; `length`: `3mm`, kept in points; `offset`: `X,Y`. */
  kind: 'switch' | 'integer' | 'length' | 'offset' | 'list' | 'choice' | 'text';
  /** What the value must look like, for messages (`must be one of a4, letter`). */
  expects: string;
  choices?: readonly string[];
}

/** How an option is given on the command line and where it may be set. */
export interface OptionFlag {
  /** Command-line flag, e.g. `--card-size <size>` or `--booklet`. */
  flag: string;
  /** A deck's front matter may not set it: it concerns the whole build (folders, the printer, programs to run). */
  buildWide?: true;
}

const valueKinds = z.registry<ValueKind>();
const optionFlags = z.registry<OptionFlag>();

/** Largest gutter and offset accepted: anything more is a typo, not a printer's error. */
const MAX_LENGTH_PT = 72;

/** The bundled content folder, built when no paths are given. */
export const DEFAULT_CONTENT = 'content';

/** Splits `easy, medium` into its entries. */
export const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** The names of a table (`PAPERS` → `a4`, `letter`); Object.keys is typed `string[]` by design. */
const namesOf = <K extends string>(table: Record<K, unknown>): K[] => Object.keys(table) as K[];

const yesNo = () => z.boolean().register(valueKinds, { kind: 'switch', expects: 'must be true or false' });
const wholeNumber = () => z.number().int().register(valueKinds, { kind: 'integer', expects: 'must be a whole number' });
/** A count or limit: `--print-part -5` was taken as it came and did whatever a negative number does. */
const count = () => z.number().int().min(0).register(valueKinds, { kind: 'integer', expects: 'must be a whole number, 0 or more' });
const text = () => z.string().trim().min(1).register(valueKinds, { kind: 'text', expects: 'must be text' });

/** The choice a value names, however it is capitalised (`--paper A4` is `a4`); undefined when it names none. */
export const choiceNamed = (choices: readonly string[], value: string): string | undefined =>
  choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());

function oneOf<const T extends readonly string[]>(choices: T) {
  return z.enum(choices).register(valueKinds, { kind: 'choice', expects: `must be one of ${choices.join(', ')}`, choices });
}

/** A list, from an array or from `a, b` text; entries are checked one by one so a message can point at the bad one. */
function listOf<T extends z.ZodType>(item: T) {
  const choices = item instanceof z.ZodEnum ? item.options.map(String) : undefined;
  const expects = choices ? `must be a list of ${choices.join(', ')}` : 'must be a list of words';
  return z.preprocess((v) => (typeof v === 'string' ? splitList(v) : v), z.array(item).min(1)).register(valueKinds, { kind: 'list', expects, choices });
}

/** A length (`3mm`, `0.125in`, a bare number in millimetres), kept in points. */
const length = () =>
  z
    .union([z.string(), z.number()])
    .transform((v, ctx) => {
      const pt = parseLength(v);
      if (pt === undefined || pt < 0 || pt > MAX_LENGTH_PT) return invalid(ctx);
      return pt;
    })
    .register(valueKinds, {
      kind: 'length',
      expects: 'must be a length from 0 to 1in, e.g. 3mm, 0.125in or 0 (millimetres when no unit is given; units mm, cm, in, pt)',
    });

/** A shift `X,Y` of two lengths, kept in points. */
const offset = () =>
  z
    .union([z.string(), z.array(z.union([z.string(), z.number()]))])
    .transform((v, ctx) => {
      const o = parseOffset(v);
      if (!o || Math.abs(o.x) > MAX_LENGTH_PT || Math.abs(o.y) > MAX_LENGTH_PT) return invalid(ctx);
      return o;
    })
    .register(valueKinds, {
      kind: 'offset',
      expects: 'must be two lengths X,Y, each within ±1in, e.g. 1.5,-1 or 1.5mm,-0.04in (millimetres when no unit is given; + is right/down)',
    });

/** Marks a value the schema could not read; the message comes from its ValueKind. */
function invalid(ctx: z.RefinementCtx): never {
  ctx.addIssue({ code: 'custom', message: 'invalid' });
  return z.NEVER;
}

/** One option: its value type (with its default, if any), its help text and its flag. */
function option<T extends z.ZodType>(value: T, flag: string, description: string, where: Omit<OptionFlag, 'flag'> = {}): T {
  const described = value.describe(description);
  const field: z.ZodType = described; // the registry's entry type is resolved on the plain schema type
  optionFlags.add(field, { flag, ...where });
  return described;
}

const buildWide = { buildWide: true } as const;

/** Every build option: config file keys, front matter keys (unless build-wide) and flags of `build` and `watch`. */
export const buildOptionsSchema = z.strictObject({
  outDir: option(text().default('out'), '-o, --out <dir>', 'output folder', buildWide),
  paper: option(oneOf(namesOf(PAPERS)).default('a4'), '--paper <size>', 'paper size of the guide and card sheets'),
  cardSize: option(oneOf(namesOf(CARD_SIZES)).default('index-3x5'), '--card-size <size>', 'size of each cheat card (landscape)'),
  cardLayout: option(
    oneOf(CARD_LAYOUTS).default('pages'),
    '--card-layout <layout>',
    'one card per PDF page, or as many as fit on a --paper sheet with crop marks',
  ),
  cardFaces: option(oneOf(CARD_FACES).default('cheat'), '--card-faces <faces>', 'question and answer on one face (cheat), or answer on the back (flash)'),
  duplex: option(oneOf(DUPLEX_MODES).default('long'), '--duplex <edge>', 'how your printer flips flash-card sheets: on the long or the short edge'),
  cardStock: option(
    oneOf(namesOf(CARD_STOCKS)).optional(),
    '--card-stock <name>',
    'print on this card stock or plain-paper layout: sets card size, paper and sheet layout from its template (other flags still win)',
  ),
  gutter: option(length().optional(), '--gutter <length>', 'space between cards on a sheet, e.g. 3mm or 0.125in (0: cards share cut lines)'),
  offset: option(
    offset().optional(),
    '--offset <x,y>',
    'move every printed sheet by X,Y to correct the printer (mm, or with a unit: 1.5mm,-0.04in; + is right/down)',
    buildWide,
  ),
  backOffset: option(
    offset().optional(),
    '--back-offset <x,y>',
    'move only the back sides of flash-card sheets by X,Y more (read it off duplex-test.pdf)',
    buildWide,
  ),
  level: option(listOf(z.enum(LEVELS)).optional(), '--level <levels>', 'only questions of these levels, e.g. easy,medium'),
  tag: option(listOf(text()).optional(), '--tag <tags>', 'only questions with one of these tags, e.g. terraform,dns'),
  section: option(listOf(text()).optional(), '--section <titles>', 'only these sections, by title, e.g. "Scenario-based"'),
  onlyIds: option(
    text().optional(),
    '--only-ids <file>',
    'only the questions whose Id or note id (guid) the file lists, one a line, or that an Anki notes export (with its guid column) holds',
    buildWide,
  ),
  shuffle: option(yesNo().default(false), '--shuffle', 'put the questions in random order (repeatable with --seed)'),
  seed: option(wholeNumber().optional(), '--seed <n>', 'seed for --shuffle: the same seed gives the same order'),
  quiz: option(yesNo().default(false), '--quiz', 'also write quiz.pdf: questions with space to answer, then an answer key'),
  // Typed as text: tests and API callers pass lists built at run time; the schema still names the bad entry.
  outputs: option(
    listOf(z.enum(OUTPUT_NAMES as readonly string[])).optional(),
    '--outputs <names>',
    'which outputs to make, e.g. guide,cards (default: all)',
    buildWide,
  ),
  cache: option(yesNo().default(true), '--no-cache', 'rebuild every deck, even those whose outputs are up to date'),
  booklet: option(yesNo().default(false), '--booklet', 'also write guide-booklet.pdf: the guide two pages a side, in fold order, for saddle-stitch printing'),
  creep: option(
    length().optional(),
    '--creep <length>',
    "booklet: how far each sheet's pages move toward the fold, per sheet from the outside, so the inner sheets' wider fold does not eat their outer margin (default 0.1mm, office paper's thickness; 0: none)",
  ),
  combine: option(yesNo().default(false), '--combine', 'also build out/all/: every deck in one guide and one card deck, each deck a part'),
  theme: option(text().optional(), '--theme <dir>', 'a folder whose templates/ and styles/ replace ours file by file', buildWide),
  templates: option(text().optional(), '--templates <dir>', "your own templates folder (layouts, partials/), ahead of the theme's and ours", buildWide),
  styles: option(text().optional(), '--styles <dir>', "your own stylesheets folder, ahead of the theme's and ours", buildWide),
  printPart: option(
    count().optional(),
    '--print-part <n>',
    'print large decks in parts of about n questions, joined into one PDF: faster and leaner (default 150; 0: one document)',
  ),
  maxQuestions: option(count().optional(), '--max-questions <n>', 'refuse a deck with more questions than n (default 10000; 0: no limit)'),
  recursive: option(yesNo().default(false), '-r, --recursive', 'read folders all the way down, not only their own .md files', buildWide),
  browserPath: option(
    text().optional(),
    '--browser-path <file>',
    'the Chrome, Chromium or Edge to print with (default: $CHROME_PATH, then the usual install locations)',
    buildWide,
  ),
  layout: option(oneOf(LAYOUT_CHOICES).default('auto'), '--layout <layout>', 'how deck files are written: detected per file (auto), or one layout for all'),
  fonts: option(
    listOf(text()).optional(),
    '--fonts <families>',
    'installed font families to print with ahead of the bundled ones (code stays in the bundled mono), e.g. "Noto Sans CJK KR"',
  ),
  strict: option(yesNo().default(false), '--strict', 'a card whose text does not fit is an error, not a warning'),
});

const levelNames = z.strictObject({ easy: z.string(), medium: z.string(), hard: z.string() }).partial();

/** The label words a config may replace (all but `levels`, which has its own object). */
export const LABEL_FIELDS = Object.keys(LABELS.en).filter((k) => k !== 'levels');

// The label words come from the English table, so the type is written down rather than inferred.
const labelsSchema: z.ZodType<LabelOverrides> = z
  .strictObject({ ...Object.fromEntries(LABEL_FIELDS.map((k) => [k, z.string()])), levels: levelNames })
  .partial()
  .describe('printed labels (headings, "Contents", level names) in your language');

/** studyguide.config.json: every build option, plus `labels` (an object, no flag). */
export const configSchema = buildOptionsSchema.extend({ labels: labelsSchema.optional() });

/** Options only `studyguide watch` has; it takes every build option too. */
export const watchOptionsSchema = z.strictObject({
  port: option(wholeNumber().default(4000), '-p, --port <n>', 'port of the preview server on 127.0.0.1 (0: any free port)'),
  pdf: option(yesNo().default(true), '--no-pdf', 'preview the HTML only, never start a browser for PDFs'),
});

/** Option values from one source (config file, front matter or flags), validated: lengths in points, lists as arrays. */
export type OptionValues = Partial<z.output<typeof configSchema>>;

/** The value type inside an option's default or optional wrapper. */
function valueOf(schema: z.core.$ZodType): z.core.$ZodType {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodOptional ? valueOf(schema.unwrap()) : schema;
}

/** What an option's value looks like; every option is built from the helpers above, which register one. */
export function valueKind(schema: z.core.$ZodType): ValueKind {
  const kind = valueKinds.get(valueOf(schema));
  if (!kind) throw new Error('option value without a kind: build it with the helpers of model/option-schema.ts');
  return kind;
}

/** One option as the CLI and messages see it. */
export interface OptionEntry extends OptionFlag, ValueKind {
  key: string;
  description: string;
  default?: unknown;
}

/** The options of a schema, in order, with their flag, value kind, help and default. */
export function optionEntries(schema: z.ZodObject = buildOptionsSchema): OptionEntry[] {
  const defaults: Record<string, unknown> = schema.parse({});
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const flag = optionFlags.get(field);
    const description = z.globalRegistry.get(field)?.description ?? '';
    return flag ? [{ key, ...flag, ...valueKind(field), description, default: defaults[key] }] : [];
  });
}

/** The defaults of every build option, from the schema (options without one are absent). */
export function defaultOptions(): z.output<typeof buildOptionsSchema> {
  return buildOptionsSchema.parse({});
}

/** Every key a config file accepts. */
export function configKeys(): string[] {
  return Object.keys(configSchema.shape);
}

/** Read from the schema once: every deck's front matter and every deck `check` reads asks again. */
let deckKeys: readonly string[] | undefined;

/** Keys a deck's front matter may set: the options that are not build-wide, and `labels`. */
export function deckOptionKeys(): readonly string[] {
  if (deckKeys) return deckKeys;
  const wide = new Set(
    optionEntries()
      .filter((e) => e.buildWide)
      .map((e) => e.key),
  );
  return (deckKeys = Object.freeze(configKeys().filter((k) => !wide.has(k))));
}
