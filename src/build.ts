import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { findDeckFiles, loadDeck } from './content/load-deck.js';
import { slugFromFile } from './content/deck-files.js';
import type { Deck, Diagnostic, Level } from './content/model.js';
import type { LabelOverrides } from './render/labels.js';
import { assetDirs } from './render/assets.js';
import type { CardFaces, CardLayout, CardSize, Duplex } from './render/render-cards.js';
import type { Paper } from './render/view.js';
import { BrowserSession } from './print/browser-session.js';
import { outputPath, writeOutputs } from './output.js';
import { StudyguideError } from './errors.js';
import { BuildCache } from './cache.js';
import { runSteps } from './outputs/run-steps.js';
import { eachLimited } from './each-limited.js';
import type { DeckContext } from './outputs/output.js';
import { checkOutputNames, optionsForDeck, wantsOutput } from './config.js';
import { selectQuestions } from './content/select-questions.js';
import type { IndexEntry } from './outputs/index-page.js';
import { loadSteps, OUTPUT_NAMES, printsAnything } from './outputs/steps.js';
import { combineDecks, COMBINED_SLUG } from './content/combine-decks.js';
import { addGraphics } from './render/deck-graphics.js';
import { fontCoverageWarnings } from './render/font-coverage.js';
import { DiagramDrawer, diagramStore } from './print/draw-diagrams.js';
import type { AssetDirs } from './render/assets.js';

/** Everything `studyguide build` needs to know, already validated (see options.ts). */
export interface BuildOptions {
  paths: string[];
  outDir: string;
  paper: Paper;
  cardSize: CardSize;
  cardLayout: CardLayout;
  cardFaces: CardFaces;
  duplex: Duplex;
  /** Card overflow fails the deck instead of warning. */
  strict?: boolean;
  /** Also write guide-booklet.pdf, imposed for saddle-stitch printing (print/impose-booklet.ts). */
  booklet?: boolean;
  /** Filters (content/filter-deck.ts): keep only these levels, tags (any of) and section titles. */
  level?: Level[];
  tag?: string[];
  section?: string[];
  /** Random question order, repeatable with `seed`. */
  shuffle?: boolean;
  seed?: number;
  /** Also write quiz.pdf (outputs/quiz-output.ts). */
  quiz?: boolean;
  /** Names of the output steps to run; all when absent. */
  outputs?: string[];
  /** Printed-label overrides from the config file. */
  labels?: LabelOverrides;
  /** Keys given as command-line flags: deck front matter does not override these (config.ts). */
  flagKeys?: string[];
  /** A user's theme folder (templates/, styles/) and explicit folders, searched before ours. */
  theme?: string;
  templates?: string;
  styles?: string;
  /** false (`--no-cache`): rebuild every deck even when its outputs are up to date. */
  cache?: boolean;
  /** Also build out/all/: every deck in one guide and one card deck, each deck a part. */
  combine?: boolean;
  /** The deck's own font families (installed fonts, by name), ahead of the bundled faces (render/fonts.ts). */
  fonts?: string[];
  /** Questions per printed part of a large deck (print/print-guide-parts.ts); 0 prints one document. */
  printPart?: number;
}

/** What the build tells its caller as it goes (the CLI prints these). */
export type BuildEvent =
  | { type: 'output'; deck: string; file: string; pages?: number; bytes: number; ms: number; cached?: boolean }
  | { type: 'warning'; diagnostic: Diagnostic }
  | { type: 'deck-failed'; file: string; error: unknown };

export interface BuildResult {
  built: string[];
  failed: { file: string; error: unknown }[];
}

/** The output steps, in the order they run (the guide first: cards cite its page numbers). */

/** Lets a caller (tests, watch mode) lend its own browser session instead of a new one. */
export interface BuildContext {
  session?: BrowserSession;
}

/** The recipe: find decks → parse → render + print each output → write atomically. */
export async function build(opts: BuildOptions, report: (e: BuildEvent) => void = () => {}, context: BuildContext = {}): Promise<BuildResult> {
  checkOutputNames(opts.outputs, OUTPUT_NAMES);
  const files = await findDeckFiles(opts.paths);
  const dirs = assetDirs(opts);
  const cache = await BuildCache.open(opts, [...dirs.templates, ...dirs.styles]);
  const emit = cache.observe(report);
  const session = context.session ?? new BrowserSession();
  const result: BuildResult = { built: [], failed: [] };
  const drawer = new DiagramDrawer(session, opts.cache === false ? undefined : diagramStore(path.join(opts.outDir, '.studyguide-diagrams')));
  const built: IndexEntry[] = []; // every deck that built, for the index and --combine
  try {
    // Decks print side by side, two at a time (one per core); each deck's files land together.
    await eachLimited(files, DECK_CONCURRENCY, async (file) => {
      try {
        if (await cache.replay(file, emit)) {
          result.built.push(slugFromFile(file));
          built.push({ slug: slugFromFile(file), file });
          return;
        }
        // This deck will print: the browser starts, and its diagrams are drawn, while its
        // markdown is parsed.
        if (printsAnything(opts)) {
          session.warm();
          drawer.drawEarly(await readFile(file, 'utf8').catch(() => ''));
        }
        const { deck, deckOpts } = await prepareDeck(file, opts);
        const written = await produceDeck(deck, deckOpts, { session, dirs, drawer, emit });
        await cache.record(file, written);
        result.built.push(deck.slug);
        built.push({ slug: deck.slug, file, deck });
      } catch (error) {
        // A broken browser ends the whole build; a broken deck only ends that deck.
        if (error instanceof StudyguideError && error.kind === 'environment') throw error;
        emit({ type: 'deck-failed', file, error });
        result.failed.push({ file, error });
      }
    });
    inFileOrder(files, result, built);
    const combined = opts.combine && built.length ? await buildCombined(built, opts, { session, dirs, drawer, emit }, result) : undefined;
    // A build where every deck failed leaves out/ as it was, index included.
    if (built.length) {
      const { writeIndexPage } = await import('./outputs/index-page.js');
      const index = await writeIndexPage(opts.outDir, combined ? [...built, { slug: combined.slug, deck: combined }] : built, dirs);
      emit({ type: 'output', deck: '', file: index.path, bytes: index.bytes, ms: 0 });
    }
  } finally {
    if (!context.session) await session.dispose();
  }
  return result;
}

/** Decks built at the same time. */
const DECK_CONCURRENCY = 2;

/** Decks finish in any order side by side; the result and the index list them as given. */
function inFileOrder(files: string[], result: BuildResult, built: IndexEntry[]): void {
  const rank = new Map<string, number>(files.flatMap((f, i): [string, number][] => [[f, i], [slugFromFile(f), i]]));
  result.built.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  result.failed.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0));
  built.sort((a, b) => (rank.get(a.file ?? a.slug) ?? 0) - (rank.get(b.file ?? b.slug) ?? 0));
}

/** A deck as this build prints it: parsed, then its options and question selection applied. */
async function prepareDeck(file: string, opts: BuildOptions): Promise<{ deck: Deck; deckOpts: BuildOptions }> {
  const parsed = await loadDeck(file);
  const deckOpts = optionsForDeck(opts, parsed);
  return { deck: selectQuestions(parsed, deckOpts), deckOpts };
}

/** What producing a deck's outputs needs from the build. */
interface Producer {
  session: BrowserSession;
  dirs: AssetDirs;
  drawer: DiagramDrawer;
  emit: (e: BuildEvent) => void;
}

/** Draws the deck's diagrams, runs every wanted output step, then writes its folder at once. */
async function produceDeck(parsed: Deck, deckOpts: BuildOptions, { session, dirs, drawer, emit }: Producer) {
  const deck = await addGraphics(parsed, drawer, dirs);
  for (const d of deck.diagnostics) emit({ type: 'warning', diagnostic: d });
  // Characters no font has would print as empty boxes: said here, at their lines.
  for (const d of await fontCoverageWarnings(deck.file)) emit({ type: 'warning', diagnostic: d });
  const ctx: DeckContext = {
    deck,
    opts: deckOpts,
    session,
    dirs,
    warn: (d) => emit({ type: 'warning', diagnostic: { file: deck.file, severity: 'warning', ...d, line: d.line ?? 1 } }),
  };
  // The guide first, then the steps that cite its page numbers side by side (outputs/run-steps.ts).
  const files = await runSteps(await loadSteps(OUTPUT_NAMES.filter((name) => wantsOutput(name, deckOpts))), ctx);
  // Nothing is written until every output of the deck exists: a failure leaves the old set.
  const written = files.map((f) => ({ ...f, path: outputPath(deckOpts.outDir, deck.slug, f.name) }));
  await writeOutputs(written);
  for (const f of written) emit({ type: 'output', deck: deck.slug, file: f.path, pages: f.pages, bytes: Buffer.byteLength(f.data), ms: f.ms ?? 0 });
  return written;
}

/** `--combine`: the built decks as one more deck in out/all/; its warnings were reported per deck. */
async function buildCombined(built: IndexEntry[], opts: BuildOptions, producer: Producer, result: BuildResult): Promise<Deck | undefined> {
  const file = path.join(opts.outDir, COMBINED_SLUG);
  try {
    // Decks whose outputs were fresh were not parsed; the combined deck needs them all.
    const decks = await Promise.all(built.map(async (b) => b.deck ?? (await prepareDeck(b.file!, opts)).deck));
    const clash = decks.find((d) => d.slug === COMBINED_SLUG);
    if (clash) throw new StudyguideError(`deck ${clash.file} would be written to ${file}/, where --combine writes`, { file: clash.file, hint: 'rename the deck file' });
    const quiet = { ...producer, emit: (e: BuildEvent) => e.type !== 'warning' && producer.emit(e) };
    const combined = combineDecks(decks);
    await produceDeck(combined, opts, quiet);
    result.built.push(COMBINED_SLUG);
    return combined;
  } catch (error) {
    if (error instanceof StudyguideError && error.kind === 'environment') throw error;
    producer.emit({ type: 'deck-failed', file, error });
    result.failed.push({ file, error });
    return undefined;
  }
}

/** The bundled content folder, default when no paths are given (declared with the options). */
export { DEFAULT_CONTENT } from './options.js';
/** A path as the user would like to read it. */
export const relative = (p: string) => path.relative(process.cwd(), p) || p;
