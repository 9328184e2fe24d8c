// A bank saved as a whole web page in a .md file (`<!DOCTYPE html>`, `<html>`, its markup indented
// as an editor indents HTML): to markdown, every line indented four spaces or more after a blank
// line is code, so the page's `<details>` questions printed as one listing and the deck had none.
// In such a page the indent is the markup's, not code's: it goes, except inside `<pre>`.

const PAGE_START = /^\uFEFF?\s*(?:<!doctype\s+html\b|<html[\s>])/i;

/** The text of a whole-page HTML bank with its lines' indents taken off (not inside `<pre>`), line for line; any other text as it is. */
export function unindentedHtmlPage(text: string): string {
  if (!PAGE_START.test(text)) return text;
  let inPre = false;
  return text
    .split('\n')
    .map((line) => {
      const kept = inPre ? line : line.replace(/^[ \t]+/, '');
      // A `<pre>` open at the end of the line keeps the lines below as they are, up to its `</pre>`.
      const opens = (line.match(/<pre\b/gi) ?? []).length;
      const closes = (line.match(/<\/pre>/gi) ?? []).length;
      if (opens > closes) inPre = true;
      else if (closes > opens) inPre = false;
      return kept;
    })
    .join('\n');
}
