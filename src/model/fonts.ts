// A deck's own font families, ahead of the bundled faces (render/fonts.ts).

/** A deck's own families (config or front matter `fonts`), tried before the bundled ones. */
export interface DeckFonts {
  body?: string[];
  head?: string[];
  mono?: string[];
  /** Tried after the bundled mono face (for scripts it lacks), before the other bundled faces. */
  monoFallback?: string[];
}
