import { contentError, type StudyguideError } from '../errors.js';

/** Elements that never hold others: they open no level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The error for a deck whose parse overflowed the stack (a RangeError), placed where it can be:
 * lists and quotes are refused before parsing (check-nesting.ts), so what is left is raw HTML
 * nested thousands deep (`<div>` in `<div>`, `<details>` in `<details>`). Run only after a
 * failure, so the count never refuses a deck that parses: the line named is the one where the
 * HTML nests deepest.
 */
export function tooDeepError(text: string, file: string): StudyguideError {
  const deepest = deepestHtml(text);
  if (deepest.depth < 100) return contentError(file, undefined, 'deck is nested too deeply to read', 'flatten deeply nested lists, quotes or HTML');
  return contentError(file, deepest.line, `raw HTML nested ${deepest.depth} levels deep`, 'flatten the nesting: close each tag where it ends, or write the content as markdown');
}

/** The deepest point of raw HTML nesting and its line; code (fenced or in backticks) is skipped. */
function deepestHtml(text: string): { depth: number; line: number } {
  let depth = 0;
  let best = { depth: 0, line: 1 };
  let fence: string | undefined;
  text.split('\n').forEach((line, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
    if (fence || marker) return;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/<(\/?)([a-zA-Z][\w-]*)[^<>]*?(\/?)>/g)) {
      const name = m[2].toLowerCase();
      if (VOID.has(name) || m[3]) continue;
      depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
      if (depth > best.depth) best = { depth, line: i + 1 };
    }
  });
  return best;
}
