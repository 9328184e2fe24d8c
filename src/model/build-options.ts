// The vocabulary of a build: the options it takes and the events and result it gives back.
// Every layer may read these types; this file imports nothing from the app outside src/model/.
import type { Diagnostic, Level } from './deck.js';
import type { LabelOverrides } from './labels.js';
import type { LayoutChoice } from './layouts.js';
import type { CardStockName } from './card-stocks.js';
import type { Offset } from './lengths.js';
import type { CardFaces, CardLayout, CardSize, Duplex, Paper } from './paper.js';

/** Everything `studyguide build` needs to know, already validated (see options.ts). */
export interface BuildOptions {
  paths: string[];
  outDir: string;
  paper: Paper;
  cardSize: CardSize;
  cardLayout: CardLayout;
  cardFaces: CardFaces;
  duplex: Duplex;
  /** How deck files are written (content/layouts/): `auto` detects it per file. */
  layout?: LayoutChoice;
  /** A card stock preset (model/card-stocks.ts); it stands for a card size, paper and the sheet layout. */
  cardStock?: CardStockName;
  /** Space between cards on a sheet, in points; 0: cards share cut lines. */
  gutter?: number;
  /** Printer offsets in points: the whole sheet, and the backs of flash sheets on top of it. */
  offset?: Offset;
  backOffset?: Offset;
  /** Card overflow fails the deck instead of warning. */
  strict?: boolean;
  /** Also write guide-booklet.pdf, imposed for saddle-stitch printing (print/impose-booklet.ts). */
  booklet?: boolean;
  /** Filters (content/filter-deck.ts): keep only these levels, tags (any of) and section titles. */
  level?: Level[];
  tag?: string[];
  section?: string[];
  /** A file listing question Ids or note ids (guids), or an Anki notes export: only those questions (content/id-list.ts). */
  onlyIds?: string;
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
  /** Questions per printed part of a large deck (print/print-guide-parts.ts); 0 prints one document. */
  /** Most questions a deck may hold (content/deck-limits.ts): a guard against costly tiny inputs. */
  maxQuestions?: number;
  /** Installed font families to print with ahead of the bundled ones (render/fonts.ts). */
  fonts?: string[];
  printPart?: number;
  /** Read folders all the way down (content/deck-files.ts). */
  recursive?: boolean;
  /** The browser to print with; found on the machine when absent (print/find-browser.ts). */
  browserPath?: string;
}

/** What the build tells its caller as it goes (the CLI prints these). */
export type BuildEvent =
  | { type: 'output'; deck: string; file: string; pages?: number; bytes: number; ms: number; cached?: boolean; warnings?: number; sha256?: string }
  | { type: 'warning'; diagnostic: Diagnostic }
  /** What reading a deck file found: its layout and counts (content/layouts/summary.ts). */
  | { type: 'read'; deck: string; summary: string }
  | { type: 'deck-failed'; file: string; error: unknown }
  /** The deck files the paths, folders and globs expanded to, before any is built. */
  | { type: 'decks'; files: string[] };

export interface BuildResult {
  built: string[];
  failed: { file: string; error: unknown }[];
}
