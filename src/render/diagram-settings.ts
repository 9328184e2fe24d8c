import { PRINT_SETTINGS } from '../print/draw-diagrams.js';

// A diagram may set mermaid's options in its text: a `%%{init: {…}}%%` directive, or the
// front matter's `config:`. Those print keeps to itself (look, fonts, limits, security) mermaid
// drops there without a word, so a diagram asking for the dark theme printed neutral unsaid.

const DIRECTIVE = /%%\{([\s\S]*?)\}%%/g;
const FRONT_MATTER = /^\s*---[ \t]*\r?\n([\s\S]*?)\r?\n---/;

/** The print settings a diagram's text asks to change, which mermaid leaves as print set them. */
export function ignoredSettings(source: string): string[] {
  const text = [...source.matchAll(DIRECTIVE)].map((m) => m[1]).join('\n') + '\n' + (FRONT_MATTER.exec(source)?.[1] ?? '');
  return PRINT_SETTINGS.filter((key) => new RegExp(`(?:["']${key}["']|(?:^|[\\s{,])${key})\\s*:`, 'm').test(text));
}
