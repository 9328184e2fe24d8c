import type { Diagnostic } from '../model/deck.js';

// A post kept for a Hugo site opens with TOML front matter between `+++` lines (`title = "…"`,
// `tags = ["a", "b"]`, `draft = true`). Markdown reads it as text: the block printed as the deck's
// introduction and its title went unread. Flat `key = value` lines say the same in YAML with a colon.

const BLOCK = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?=\r?\n|$)/;
// A line YAML reads as TOML means it: a key, `=`, and a string, number, date, boolean or flat array.
const FLAT = /^\s*("[^"\n]+"|[A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[-+]?\d[\d_.:+TZ-]*|true|false|\[[^[\]\n]*\])\s*(?:#.*)?$/;

/**
 * The text with a TOML front matter block at its start written as YAML front matter, line for line
 * (so every line keeps its number). A block with more than flat keys (`[params]` tables, multi-line
 * strings) is left out, blank lines in its place, with a warning at its first line.
 */
export function tomlFrontMatter(text: string, file: string, diagnostics: Diagnostic[]): string {
  const m = BLOCK.exec(text);
  if (!m) return text;
  const lines = m[1].split(/\r?\n/);
  const readable = lines.every((line) => !line.trim() || /^\s*#/.test(line) || FLAT.test(line));
  if (!readable) {
    const message = 'TOML front matter (between +++ lines) left out — it holds tables or long values studyguide does not read; write the deck keys as YAML between --- lines';
    diagnostics.push({ file, line: 1, severity: 'warning', code: 'left-out', message });
    return `${'\n'.repeat(lines.length + 1)}${text.slice(m[0].length)}`;
  }
  const yaml = lines.map((line) => line.replace(FLAT, (_, key: string, value: string) => `${key}: ${value}`));
  return `---\n${yaml.join('\n')}\n---${text.slice(m[0].length)}`;
}
