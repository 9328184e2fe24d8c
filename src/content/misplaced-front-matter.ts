import { contentError } from '../errors.js';
import { DECK_KEYS } from './front-matter.js';

// Front matter is read only on a file's first line. Below it, `---⏎title: Shell⏎---` is a rule
// and a heading to markdown: after a blank line the deck failed as "deck has no title"; under the
// `# Title`, its keys (`paper: letter`) became a section's title and were never applied, unsaid.

const DECK_FIELDS = new Set<string>(DECK_KEYS);

/** A `---` block of `key: value` lines, one of them a deck field, above the first section or question: an error at its line. */
export function refuseMisplacedFrontMatter(text: string, file: string): void {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => /^#{2,3}[ \t]/.test(l));
  const end = head < 0 ? lines.length : head;
  // The file's own front matter, on its first line, is passed over.
  const own = /^---[ \t]*$/.test(lines[0]) ? lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l)) : 0;
  for (let open = Math.max(own, 0) + 1; open < end; open++) {
    if (!/^---[ \t]*$/.test(lines[open])) continue;
    const close = lines.findIndex((l, i) => i > open && /^---[ \t]*$/.test(l));
    if (close < 0 || close > end) return;
    const block = lines.slice(open + 1, close);
    const keys = block.map((l) => /^([A-Za-z][\w-]*):(?:[ \t]|$)/.exec(l)?.[1]);
    if (block.length && keys.every(Boolean) && keys.some((k) => DECK_FIELDS.has(k!)))
      throw contentError(file, open + 1, 'front matter is not on the first line of the file, so it is read as text', 'move the --- block to the very top');
    open = close;
  }
}
