import type { Deck } from '../model/deck.js';
import type { BuildOptions } from '../model/build-options.js';
import type { BrowserSession } from '../print/browser-session.js';
import type { AssetDirs } from '../render/assets.js';
import type { PageMap } from '../render/view.js';

/** One file a deck produces, held in memory until every output of the deck is ready. */
export interface OutputFile {
  /** File name inside out/<slug>/. */
  name: string;
  data: string | Uint8Array;
  pages?: number;
  ms?: number;
}

/** What every output step of one deck can use and share. */
export interface DeckContext {
  deck: Deck;
  opts: BuildOptions;
  session: BrowserSession;
  dirs: AssetDirs;
  /** Page of each section/question in the final guide.pdf (set by the guide step). */
  guidePages?: PageMap;
  /**
   * Called by the guide step as soon as it knows where every heading will land (a large guide
   * knows after its drafts, well before its final print), so the steps citing guide pages can
   * start early; run-steps.ts sets it.
   */
  announceGuidePages?(pages: PageMap): void;
  warn(diagnostic: { code: string; message: string; line?: number }): void;
}

/** An output step: produces zero or more files of a deck. Steps run in order. */
export interface OutputStep {
  /** Name used in the `outputs` option (guide, cards, cheatsheet, …). */
  name: string;
  run(ctx: DeckContext): Promise<OutputFile[]>;
}
