import type { Deck } from '../model/deck.js';
import type { DiagnosticCode } from '../model/diagnostic-codes.js';
import type { BuildOptions } from '../model/build-options.js';
import type { BrowserSession } from '../print/browser-session.js';
import type { AssetDirs } from '../render/assets.js';
import type { PageMap } from '../render/view.js';
import type { PrintFacts } from '../model/print-facts.js';

/** One file a deck produces, held in memory until every output of the deck is ready. */
export interface OutputFile {
  /** File name inside out/<slug>/. */
  name: string;
  data: string | Uint8Array;
  pages?: number;
  ms?: number;
  /** Why the file is as long as it is, when a reader would ask (a cheat sheet of two pages). */
  note?: string;
}

/** What every output step of one deck is given. */
export interface DeckContext {
  deck: Deck;
  opts: BuildOptions;
  session: BrowserSession;
  dirs: AssetDirs;
  /** A warning at a line of the deck file, or of `file` (where a folder deck's question comes from). */
  warn(diagnostic: { code: DiagnosticCode; message: string; line?: number; file?: string }): void;
  /** Keeps what a step's print settled (page numbers, fitted sizes) with the deck's outputs. */
  remember(facts: PrintFacts): void;
}

/** An output step: produces zero or more files of a deck. */
export interface OutputStep {
  /** Name used in the `outputs` option (guide, cards, cheatsheet, …). */
  name: string;
  /** `guidePages`: the page of each section/question in guide.pdf, when the guide is printed too. */
  run(ctx: DeckContext, guidePages?: PageMap): Promise<OutputFile[]>;
}

/** The guide step: its files, and the page every section and question landed on, for the steps citing them. */
export interface GuideStep {
  name: 'guide';
  /** `onPages` hears the pages as soon as they are known (before the print), so citing steps can start. */
  run(ctx: DeckContext, onPages?: (pages: PageMap) => void): Promise<{ files: OutputFile[]; pages: PageMap }>;
}
