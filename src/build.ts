import path from 'node:path';
import { findDeckFiles, loadDeck } from './content/load-deck.js';
import { slugFromFile } from './content/deck-files.js';
import type { Diagnostic, Level } from './content/model.js';
import type { LabelOverrides } from './render/labels.js';
import { assetDirs } from './render/assets.js';
import type { CardFaces, CardLayout, CardSize, Duplex } from './render/render-cards.js';
import type { Paper } from './render/view.js';
import { BrowserSession } from './print/browser-session.js';
import { outputPath, writeOutputs } from './output.js';
import { StudyguideError } from './errors.js';
import { BuildCache } from './cache.js';
import type { DeckContext, OutputStep } from './outputs/output.js';
import { guideOutput } from './outputs/guide-output.js';
import { cardsOutput } from './outputs/cards-output.js';
import { cheatsheetOutput } from './outputs/cheatsheet-output.js';
import { quizOutput } from './outputs/quiz-output.js';
import { checkOutputNames, optionsForDeck, wantsOutput } from './config.js';
import { selectQuestions } from './content/select-questions.js';

/** Everything `studyguide build` needs to know, already validated (see options.ts). */
export interface BuildOptions {
  paths: string[];
  outDir: string;
  paper: Paper;
  cardSize: CardSize;
  /** Also write guide-booklet.pdf, imposed for saddle-stitch printing (print/impose-booklet.ts). */
  booklet?: boolean;
  cardLayout: CardLayout;
  cardFaces: CardFaces;
  duplex: Duplex;
  /** Card overflow fails the deck instead of warning. */
  strict?: boolean;
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
  /** false (`--no-cache`): rebuild every deck even when its outputs are up to date. */
  cache?: boolean;
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
export const OUTPUT_STEPS: OutputStep[] = [guideOutput, cheatsheetOutput, cardsOutput, quizOutput];

/** Lets a caller (tests, watch mode) lend its own browser session instead of a new one. */
export interface BuildContext {
  session?: BrowserSession;
}

/** The recipe: find decks → parse → render + print each output → write atomically. */
export async function build(opts: BuildOptions, report: (e: BuildEvent) => void = () => {}, context: BuildContext = {}): Promise<BuildResult> {
  checkOutputNames(opts.outputs, OUTPUT_STEPS.map((s) => s.name));
  const files = await findDeckFiles(opts.paths);
  const dirs = assetDirs();
  const cache = await BuildCache.open(opts, [...dirs.templates, ...dirs.styles]);
  const emit = cache.observe(report);
  const session = context.session ?? new BrowserSession();
  const result: BuildResult = { built: [], failed: [] };
  try {
    for (const file of files) {
      try {
        if (await cache.replay(file, emit)) {
          result.built.push(slugFromFile(file));
          continue;
        }
        const parsed = await loadDeck(file);
        const deckOpts = optionsForDeck(opts, parsed);
        const deck = selectQuestions(parsed, deckOpts);
        for (const d of deck.diagnostics) emit({ type: 'warning', diagnostic: d });
        const ctx: DeckContext = {
          deck,
          opts: deckOpts,
          session,
          dirs,
          warn: (d) => emit({ type: 'warning', diagnostic: { file: deck.file, severity: 'warning', ...d, line: d.line ?? 1 } }),
        };
        const files = [];
        for (const step of OUTPUT_STEPS) if (wantsOutput(step.name, deckOpts)) files.push(...(await step.run(ctx)));
        // Nothing is written until every output of the deck exists: a failure leaves the old set.
        const written = files.map((f) => ({ ...f, path: outputPath(opts.outDir, deck.slug, f.name) }));
        await writeOutputs(written);
        await cache.record(file, written);
        for (const f of written) emit({ type: 'output', deck: deck.slug, file: f.path, pages: f.pages, bytes: Buffer.byteLength(f.data), ms: f.ms ?? 0 });
        result.built.push(deck.slug);
      } catch (error) {
        // A broken browser ends the whole build; a broken deck only ends that deck.
        if (error instanceof StudyguideError && error.kind === 'environment') throw error;
        emit({ type: 'deck-failed', file, error });
        result.failed.push({ file, error });
      }
    }
  } finally {
    if (!context.session) await session.dispose();
  }
  return result;
}

/** The bundled content folder, default when no paths are given (declared with the options). */
export { DEFAULT_CONTENT } from './options.js';
/** A path as the user would like to read it. */
export const relative = (p: string) => path.relative(process.cwd(), p) || p;
