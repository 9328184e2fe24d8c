// The bundled faces' family names, and a deck's own families ahead of them (render/fonts.ts).

/** A deck's own families (config or front matter `fonts`), tried before the bundled ones. */
export interface DeckFonts {
  body?: string[];
  head?: string[];
  mono?: string[];
  /** Tried after the bundled mono face (for scripts it lacks), before the other bundled faces. */
  monoFallback?: string[];
}

/** The family names the stylesheets declare (as the packages name them). */
export const FAMILIES = {
  serif: 'Source Serif 4',
  sans: 'Source Sans 3',
  mono: 'Source Code Pro',
  /** The code face's upright Cyrillic and Greek under a name of its own, for its italic (render/fonts.ts). */
  monoUpright: 'Source Code Pro Upright',
  math: 'Noto Sans Math',
  symbols: 'Noto Sans Symbols 2',
  emoji: 'Noto Emoji',
  arabic: 'Noto Sans Arabic',
  hebrew: 'Noto Sans Hebrew',
  devanagari: 'Noto Sans Devanagari',
  thai: 'Noto Sans Thai',
  boxes: 'Fira Code',
} as const;

/**
 * The variable naming the installed CJK faces redrawn for a page (system-cjk-faces.ts), then the
 * generic sans: what a drawn diagram's stack ends in, so that its kana and ideographs print in the
 * redrawn TrueType face, as the page's text does, not in the installed one Chromium prints as Type 3.
 */
export const SYSTEM_CJK_VAR = '--font-system-cjk';
