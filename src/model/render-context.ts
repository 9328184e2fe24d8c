// What a markdown fragment is rendered with: where it comes from and which hast plugins run.
import type { Root as HastRoot } from 'hast';
import type { Plugin } from 'unified';
import type { Diagnostic } from './deck.js';

/** Where a fragment comes from, so plugins can report problems as file:line. */
export interface RenderContext {
  file: string;
  line: number;
  diagnostics: Diagnostic[];
  /** Folder of the deck file, for resolving relative images. */
  baseDir?: string;
  /** The deck's language when its prose gets soft hyphens (content/hyphenate.ts). */
  hyphenate?: string;
  /** Only words of this many letters or more get them (default 7: prose). */
  hyphenateFrom?: number;
  /** The deck's language, for its quotation marks (content/typographic.ts); English when absent. */
  lang?: string;
  /** A question's heading: its short word compounds are kept whole too, not only its number ones (content/number-compounds.ts). */
  heading?: boolean;
}

/** Extra hast transforms run after sanitizing (code highlighting, images, diagrams…). */
export type HastPlugin = Plugin<[], HastRoot>;
