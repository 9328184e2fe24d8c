// A bank kept in Emacs Org mode (`#+TITLE:`, `* Section`, `** What is …?`, code between
// `#+BEGIN_SRC bash` and `#+END_SRC`), saved or renamed as markdown: markdown read its headings
// as list items and bold, its settings and block markers as text. Its lines are rewritten to the
// markdown they mean, line for line (every line stays where it was), before the text is parsed.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// `#+TITLE: …`, `#+title: …`: the document's title; any other `#+KEY: …` line is a setting.
const TITLE = /^#\+title:[ \t]*(.*)$/i;
const SETTING = /^[ \t]*#\+[\w-]+:.*$/;
// `#+BEGIN_SRC python`, `#+begin_example`, `#+END_SRC`: a block's fences.
const BEGIN = /^[ \t]*#\+begin_(\w+)(?:[ \t]+([\w+#.-]+))?.*$/i;
const END = /^[ \t]*#\+end_(\w+)[ \t]*$/i;
// `** TODO What is an inode? :linux:fs:`: a headline, its stars its depth, a task keyword and tags perhaps.
const HEADLINE = /^(\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAIT|WAITING|CANCELLED|CANCELED)[ \t]+)?(?:\[#[A-C]\][ \t]+)?(.*?)(?:[ \t]+(:(?:[\w@#%-]+:)+))?[ \t]*$/;
// A drawer (`:PROPERTIES:` … `:END:`) and its lines: the headline's data for the app.
const DRAWER = /^[ \t]*:(?:PROPERTIES|LOGBOOK|END|[A-Z_]+):(?:[ \t].*)?$/;
// `[[https://…][words]]` and `[[https://…]]`.
const LINK = /\[\[([^\]\n]+)\]\[([^\]\n]+)\]\]|\[\[([^\]\n]+)\]\]/g;
// `=verbatim=` and `~code~` between spaces or punctuation: code spans.
const CODE = /(^|[\s(])[=~]([^\s=~](?:[^=~\n]*[^\s=~])?)[=~](?=$|[\s.,;:!?)])/g;

/** Whether the text is an Org document: a `#+TITLE:` or a source block, and headlines of two stars or more, or headlines of stars over three. */
function isOrg(lines: string[]): boolean {
  const marked = lines.some((l) => TITLE.test(l) || BEGIN.test(l));
  // A line closed by stars as it opened (`*** Este set de preguntas … ***`) is a markdown bank's emphasis, no headline.
  const deep = lines.filter((l) => /^\*{2,}[ \t]+\S/.test(l) && !/\*[ \t]*\r?$/.test(l)).length;
  return (marked && deep >= 1) || deep >= 3;
}

/** The text with its Org lines written as markdown (the same lines, in the same places); any other text as it is. */
export function markdownFromOrg(text: string): string {
  if (!/^\*{2,}[ \t]|^#\+/im.test(text)) return text;
  const lines = text.split('\n');
  if (!isOrg(lines)) return text;
  // With a `#+TITLE:` the headlines are its sections (`*` → `##`); without, the first level is the title.
  const titled = lines.some((l) => TITLE.test(l));
  let fence: string | undefined;
  let block: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (block) {
      const end = END.exec(line);
      if (end && end[1].toLowerCase() === block) {
        lines[i] = block === 'src' || block === 'example' ? '```' : '';
        block = undefined;
      } else if (block === 'quote') lines[i] = `> ${line}`;
      continue;
    }
    const open = FENCE.exec(line)?.[1];
    if (open && (!fence || (open[0] === fence[0] && open.length >= fence.length))) fence = fence ? undefined : open;
    if (fence || open) continue;
    const title = TITLE.exec(line);
    const begin = BEGIN.exec(line);
    const headline = HEADLINE.exec(line);
    if (title) lines[i] = `# ${title[1]}`;
    else if (begin) {
      block = begin[1].toLowerCase();
      lines[i] = block === 'src' ? `\`\`\`${begin[2] ?? ''}` : block === 'example' ? '```' : '';
    } else if (SETTING.test(line) || DRAWER.test(line)) lines[i] = '';
    else if (headline) {
      const depth = Math.min(6, headline[1].length + (titled ? 1 : 0));
      const tags = headline[3] ? ` ${headline[3].split(':').filter(Boolean).map((t) => `#${t}`).join(' ')}` : '';
      lines[i] = `${'#'.repeat(depth)} ${words(headline[2])}${tags}`;
    } else lines[i] = words(lines[i]);
  }
  return lines.join('\n');
}

/** A line's Org markup as markdown: links, code spans. */
const words = (line: string): string => line.replace(LINK, (_m, url: string, text: string, bare: string) => (bare ? `<${bare}>` : `[${text}](${url})`)).replace(CODE, '$1`$2`');
