// A bank written in AsciiDoc, or carrying its blocks into markdown (a README.adoc renamed, notes
// converted by hand): `= Title` and `== Section` lines, `[source,sql]` over a listing fenced with
// `----`. Markdown read the titles as text and each `----` as a rule or a heading's underline, so
// the code became a heading left out. Its lines are rewritten to the markdown they mean, line for
// line (every line stays where it was), before the text is parsed.

const DOC_TITLE = /^=[ \t]+\S/;
const SECTION = /^(={1,6})[ \t]+(\S.*?)(?:[ \t]+=+)?[ \t]*$/;
const ATX = /^ {0,3}#{1,6}[ \t]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// `:toc: left`, `:icons: font`: the document's settings.
const ATTRIBUTE = /^:!?[\w-]+!?:(?:[ \t].*)?$/;
// `[source,sql]`, `[source, python]`, `[listing]` over a delimited block.
const SOURCE = /^\[(?:source|listing)(?:,[ \t]*([\w+#.-]+))?[^\]\n]*\]$/;
// A listing's or a literal block's delimiter.
const LISTING = /^(?:-{4,}|\.{4,})$/;
// An example, sidebar or quote block's delimiter, and the style line over one (`[NOTE]`, `[TIP]`).
const FRAME = /^(?:={4,}|\*{4,}|_{4,})$/;
const STYLE = /^\[(NOTE|TIP|IMPORTANT|WARNING|CAUTION|example|quote|sidebar|verse)(?:,[^\]\n]*)?\]$/i;
// A list's style (`[qanda]`, `[horizontal]`): how it is drawn.
const LIST_STYLE = /^\[(?:qanda|horizontal|glossary)\]$/i;
// A term alone on its line (`What does git fetch do?::`), its definition indented under it: in a `[qanda]` list, a question over its answer.
const TERM = /^(\S.*?)(?::{2,4}|;;)[ \t]*$/;
const INDENTED = /^[ \t]+\S/;
// A block's title (`.Example query`), a line of its own opening with a dot.
const BLOCK_TITLE = /^\.([^.\s].*)$/;
// `https://example.org[the site]`, `link:guide.html[the guide]`, `<<joins,Joins>>`.
const URL_LINK = /(?:link:)?((?:https?:\/\/|mailto:)[^\s[\]]+|[\w./-]+\.(?:html?|md|adoc))\[([^\]\n]+)\]/g;
const CROSS_REF = /<<[\w.-]+,\s*([^>\n]+)>>/g;

/** Whether the text is an AsciiDoc document: opens with its `= Title` over `==` sections, or holds two sections and no markdown heading. */
function isAsciiDoc(lines: string[]): boolean {
  const first = lines.find((l) => l.trim());
  const sections = lines.filter((l) => /^={2,6}[ \t]+\S/.test(l)).length;
  if (first && DOC_TITLE.test(first) && sections >= 1) return true;
  return sections >= 2 && !lines.some((l) => ATX.test(l));
}

/** The text with its AsciiDoc lines written as markdown (the same lines, in the same places); other text as it is. */
export function markdownFromAsciiDoc(text: string): string {
  if (!/^\[(?:source|listing)|^={1,6}[ \t]/m.test(text)) return text;
  const lines = text.split('\n');
  const whole = isAsciiDoc(lines);
  let fence: string | undefined;
  let listing: string | undefined;
  let changed = false;
  const set = (i: number, value: string) => {
    if (lines[i] !== value) changed = true;
    lines[i] = value;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    // Inside a listing opened here, only its closing delimiter is read.
    if (listing) {
      if (line === listing) {
        set(i, '```');
        listing = undefined;
      }
      continue;
    }
    const open = FENCE.exec(line)?.[1];
    if (open && (!fence || (open[0] === fence[0] && open.length >= fence.length))) fence = fence ? undefined : open;
    if (fence || open) continue;
    const source = SOURCE.exec(line);
    if (source && LISTING.test(lines[i + 1]?.replace(/\r$/, '') ?? '')) {
      set(i, '');
      listing = lines[i + 1].replace(/\r$/, '');
      set(i + 1, `\`\`\`${source[1] ?? ''}`);
      i++;
      continue;
    }
    if (!whole) continue;
    const section = SECTION.exec(line);
    if (section) set(i, `${'#'.repeat(section[1].length)} ${section[2]}`);
    else if (LISTING.test(line)) {
      listing = line;
      set(i, '```');
    } else if (ATTRIBUTE.test(line) || FRAME.test(line) || LIST_STYLE.test(line)) set(i, '');
    else if (TERM.test(line) && INDENTED.test(lines[i + 1] ?? '')) {
      // The term is the question, its definition (up to the next line at the margin) the answer, taken to the margin.
      set(i, `### ${TERM.exec(line)![1]}`);
      while (INDENTED.test(lines[i + 1] ?? '') || (!(lines[i + 1] ?? 'x').trim() && INDENTED.test(lines[i + 2] ?? ''))) {
        i++;
        set(i, lines[i].trimStart());
      }
    }
    else if (STYLE.test(line)) set(i, `**${STYLE.exec(line)![1][0].toUpperCase()}${STYLE.exec(line)![1].slice(1).toLowerCase()}**`);
    else if (BLOCK_TITLE.test(line)) set(i, `**${BLOCK_TITLE.exec(line)![1]}**`);
    else set(i, lines[i].replace(URL_LINK, '[$2]($1)').replace(CROSS_REF, '$1'));
  }
  return changed ? lines.join('\n') : text;
}
