// The vocabulary of a build: the options it takes and the events and result it gives back.
// Every layer may read these types; this file imports nothing from the app outside src/model/.
import type { z } from 'zod';
import type { Diagnostic } from './deck.js';
import type { configSchema } from './option-schema.js';

/**
 * Everything `studyguide build` needs to know, already validated: every option of the one option
 * schema (option-schema.ts; defaults filled in), the deck paths, and which keys came as flags.
 */
export interface BuildOptions extends z.output<typeof configSchema> {
  paths: string[];
  /** Keys given as command-line flags: deck front matter does not override these (config.ts). */
  flagKeys?: string[];
}

/** What the build tells its caller as it goes (the CLI prints these). */
export type BuildEvent =
  | {
      type: 'output';
      deck: string;
      file: string;
      pages?: number;
      bytes: number;
      ms: number;
      cached?: boolean;
      warnings?: number;
      sha256?: string;
      note?: string;
    }
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
