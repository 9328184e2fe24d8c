import { artColumns, columnsOf, onGrid } from './text-art.js';

/** A block of code as the markdown renderer writes it (highlighting adds spans inside). */
const CODE_BLOCK = /(<pre[^>]*>\s*<code[^>]*>)([\s\S]*?)(<\/code>\s*<\/pre>)/g;

/** A line of highlighted code as the text it prints (tags out, the entities the highlighter writes read back). */
const plainText = (line: string): string => line.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, decodeEntity);

/** A block's opening `<pre>` marked as a drawing of `columns` columns (`code-art`, `--cols`), for print CSS to scale it to the measure. */
function artOpening(opening: string, columns: number): string {
  return opening.replace(
    /^<pre\b([^>]*?)(?: class="([^"]*)")?([^>]*)>/,
    (_m, a: string, c: string | undefined, b: string) => `<pre${a} class="${c ? `${c} ` : ''}code-art" style="--cols: ${columns}"${b}>`,
  );
}

/** A block's opening `<pre>` told the columns of its widest line (`--cols`), for print CSS to size it to the measure (styles/quiz.css). */
const widestOpening = (opening: string, columns: number): string => opening.replace(/^<pre\b/, `<pre style="--cols: ${columns}"`);

/** Columns of a line's leading white space (its text without tags; a tab to the next multiple of 8, as printed). */
function indentOf(line: string): number {
  const lead = /^[ \t]*/.exec(line.replace(/<[^>]*>/g, ''))![0];
  let column = 0;
  for (const ch of lead) column = ch === '\t' ? column + 8 - (column % 8) : column + 1;
  return column;
}

/**
 * Each source line of every code block in `html` wrapped in its own `<span class="code-line">`,
 * with its indentation in columns (`--indent`), so print CSS can hang a wrapped line under its
 * own start: under the block's edge, a wrapped line of deeply nested Python read as a dedent. Highlighting spans that run across
 * lines (a long comment or string) are closed at each line end and opened again on the next.
 */
export function splitCodeLines(html: string, opts: { widest?: boolean; closing?: boolean } = {}): string {
  return html.replace(CODE_BLOCK, (_block, opening: string, inner: string, close: string) => {
    const sourceLines = inner.replace(/\n$/, '').split('\n');
    // A drawing is set unwrapped, scaled to its widest row (text-art.ts): no break points inside its rows.
    const art = artColumns(sourceLines.map(plainText));
    const widest =
      opts.widest && art === undefined && !/^<pre\b[^>]*\sstyle=/.test(opening) ? Math.max(0, ...sourceLines.map((l) => columnsOf(plainText(l)))) : 0;
    const open = art !== undefined ? artOpening(opening, art) : widest > 0 ? widestOpening(opening, widest) : opening;
    const lines = sourceLines.flatMap((line) =>
      (art === undefined ? pieces(withBreakPoints(line)) : [onGrid(line)]).map((piece, k) => ({ piece, more: k > 0, indent: indentOf(line) })),
    );
    const long = lines.length >= LONG_LISTING;
    const held = opts.closing && art === undefined ? closingHeld(lines) : long ? heldLines(lines) : [];
    const commented = !opts.closing && art === undefined && long ? underComments(lines, held) : [];
    const openTags: string[] = [];
    const out = lines.map(({ piece, more, indent }, i) => {
      const hold = held[i] ? ' code-held' : commented[i] ? ' code-under-comment' : '';
      const carried = openTags.join('');
      for (const [tag] of piece.matchAll(/<\/?span\b[^>]*>/g)) {
        if (tag.startsWith('</')) openTags.pop();
        else openTags.push(tag);
      }
      const style = indent > 0 ? ` style="--indent: ${indent}"` : '';
      const tail = art === undefined && !more && !carried && !openTags.length ? TRAILING_COMMENT.exec(piece) : null;
      if (tail && /\S/.test(tail[1].replace(/<[^>]*>/g, ''))) {
        return `<span class="code-line code-commented${hold}"${style}><span class="code-body">${tail[1]}</span><span class="code-tail">${tail[2]}</span></span>`;
      }
      return `<span class="code-line${more ? ' code-more' : ''}${hold}"${style}>${carried}${piece}${'</span>'.repeat(openTags.length)}</span>`;
    });
    return `${long ? open.replace(/<code\b([^>]*?)(?: class="([^"]*)")?([^>]*)>$/, (_m, a: string, c: string | undefined, b: string) => `<code${a} class="${c ? `${c} ` : ''}code-long"${b}>`) : open}${out.join('')}${close}`;
  });
}

/**
 * A listing of this many printed lines or more is long (`code-long` on its `<code>`): the guide
 * lets it break across pages; a shorter one is kept whole (styles/guide.css).
 */
const LONG_LISTING = 16;
/** A run of lines between two good break points up to this long is kept on one page (`code-held`). */
const HELD_RUN = 12;
/** Lines of a listing's first run that must fit above a break inside it (a smaller hole is left as it is). */
const FIRST_PIECE = 7;
/** Lines of a later run kept on either side of a break inside it: fewer would read as a stray line. */
const RUN_PIECE = 3;
/** A line that closes or continues the statement before it: no statement starts there. */
const CLOSER = /^\s*(?:[)\]}]|(?:end|else|elif|except|finally|catch|fi|done|esac|rescue|when|then|do)\b)/;

/**
 * Which lines of a long listing are held to the line before them: a listing breaks, when it can,
 * only at a blank line or before a top-level statement (a line at no indent that closes nothing).
 * Each run of lines from one such point to the next, of at most HELD_RUN lines, has every line but
 * its first held, so the page breaks before the run rather than in the middle of a short function,
 * except, in a run of more than FIRST_PIECE lines, with three lines or more of it on each side
 * (the first run: FIRST_PIECE above it); a longer run breaks between any of its lines (held
 * whole, it would leave a hole of its size).
 */
function heldLines(lines: { piece: string; more: boolean; indent: number }[]): boolean[] {
  const texts = lines.map((l) => l.piece.replace(/<[^>]*>/g, ''));
  const blank = (i: number) => !/\S/.test(texts[i]);
  const starts = lines.map((l, i) => {
    if (i === 0) return true;
    if (l.more || blank(i)) return false;
    let before = i - 1;
    while (before > 0 && lines[before].more) before--;
    if (blank(before)) return true;
    return l.indent === 0 && !CLOSER.test(texts[i]) && !/[\\,([{]\s*$/.test(texts[before]);
  });
  const held = new Array<boolean>(lines.length).fill(false);
  for (let start = 0; start < lines.length;) {
    let end = start + 1;
    while (end < lines.length && !starts[end]) end++;
    if (end - start <= HELD_RUN) for (let i = start + 1; i < end; i++) held[i] = true;
    // The first run moved whole leaves a hole of up to HELD_RUN lines above the listing: it may
    // break once FIRST_PIECE lines fit, keeping at least three lines for the next page.
    let last = end;
    while (last > start && blank(last - 1)) last--;
    if (start === 0 && end - start <= HELD_RUN && last - start >= FIRST_PIECE + 3) for (let i = FIRST_PIECE; i <= last - 3; i++) held[i] = false;
    // A later run moved whole leaves the same hole at the page's foot (up to a dozen code lines under
    // a listing's first function, A4 pages 79-85 % full): one long enough to leave more than
    // FIRST_PIECE lines may break too, RUN_PIECE lines on either side; a shorter one stays whole.
    if (start > 0 && end - start <= HELD_RUN && last - start > FIRST_PIECE) for (let i = start + RUN_PIECE; i <= last - RUN_PIECE; i++) held[i] = false;
    start = end;
  }
  return held;
}

/**
 * Which lines of an answer's long listing open its code under a comment line (`// Arguments evaluated
 * immediately` over the call it explains) where the listing may break before the comment instead
 * (`code-under-comment`; not before the third line, where the listing keeps its first lines together): held to it
 * only where that costs no page (print/hold-code-under-comments.ts).
 * Held always, the A4 Go booklet took a sheet more. A run of comments may still break inside: only
 * its last line is held to the code under it.
 */
function underComments(lines: { piece: string; more: boolean }[], held: boolean[]): boolean[] {
  const texts = lines.map((l) => l.piece.replace(/<[^>]*>/g, ''));
  const comment = (i: number) => !lines[i].more && COMMENT_LINE.test(texts[i]);
  return lines.map((_l, i) => i > 2 && !held[i] && !held[i - 1] && comment(i - 1) && !comment(i) && /\S/.test(texts[i]));
}

/** A line that is all comment (`# Listing`, `// Names`, `-- Joins`): in reference listings, the heading of the lines under it. */
const COMMENT_LINE = /^\s*(?:#(?!!|\s*(?:include|define|if|ifdef|ifndef|endif|pragma)\b)|\/\/|--(?:\s|$)|\/\*|<!--|;)/;

/**
 * Which lines of a closing-notes listing (any length: these split, styles/guide.css) are held to
 * the line before them. Such a listing is groups of commands, each under a comment or after a blank
 * line: it breaks, when it can, after a blank line or before a comment that opens a group, so each
 * group of up to HELD_RUN lines stays whole; a longer one may break inside, RUN_PIECE lines kept on
 * each side. A comment line is always held to the line under it: a break after it left `# Changing`
 * at a page's foot (or with one command under it) and the commands it names overleaf. A blank line
 * is held to the line above, so the break falls after it, not at the head of the next page.
 */
function closingHeld(lines: { piece: string; more: boolean }[]): boolean[] {
  const texts = lines.map((l) => l.piece.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, decodeEntity));
  const blank = (i: number) => !/\S/.test(texts[i]);
  const comment = (i: number) => !lines[i].more && COMMENT_LINE.test(texts[i]);
  const starts = lines.map((l, i) => {
    if (i === 0) return true;
    if (l.more || blank(i)) return false;
    let before = i - 1;
    while (before > 0 && lines[before].more) before--;
    return blank(before) || (comment(i) && !comment(before));
  });
  const held = new Array<boolean>(lines.length).fill(false);
  for (let start = 0; start < lines.length;) {
    let end = start + 1;
    while (end < lines.length && !starts[end]) end++;
    let last = end;
    while (last > start && blank(last - 1)) last--;
    for (let i = start + 1; i < end; i++) held[i] = end - start <= HELD_RUN || i < start + RUN_PIECE || i > last - RUN_PIECE || blank(i);
    start = end;
  }
  // Under a comment, never a break: the comment heads what follows it.
  for (let i = 1; i < lines.length; i++) if (comment(i - 1)) held[i] = true;
  return held;
}

/**
 * A line of code ending in a comment (`x = 1  # why`): split in two so the comment wraps under its
 * own `#` (print CSS sets them side by side). Hung under the code, a wrapped comment's rest read as
 * a statement ("hashable" under `distances = …`).
 */
const TRAILING_COMMENT = /^([\s\S]*?)(<span class="hljs-comment">(?:(?!<span class="hljs-comment">)[\s\S])*<\/span>)$/;

/** Characters a wrapped code line may end on when the next is no space: the rest reads on from them. */
const ENDS = new Set(['/', '(', '[', '{', ',', ';', '&', '?']);
/** Characters that close what the one before opened, or make an operator with it: no break before them. */
const CLOSES = /[\s)\]},;.:=>/&|?]/;

/**
 * A word of code up to this long (`--access-logfile`, `orders-api`, `x-1`) never wraps after one
 * of its hyphens; nor does a part of a dotted name up to this long (`orders-api-canary` in
 * `orders-api-canary.prod-eu-west-1.internal`), which wraps before a dot instead.
 */
const WHOLE_HYPHENATED = 24;
/** The characters of such a word, or of a part of a dotted name: an option's dashes, a name's letters, digits and underscores. */
const WORD_CHAR = /[\w-]/;

/**
 * For each token of a line (text `''` for a tag, which a word runs through), the length of the
 * word of WORD_CHARs it belongs to, 0 outside one.
 */
function wordLengths(text: string[]): number[] {
  const lengths = new Array<number>(text.length).fill(0);
  let members: number[] = [];
  const close = () => {
    for (const i of members) lengths[i] = members.length;
    members = [];
  };
  text.forEach((c, i) => {
    if (!c) return;
    if (WORD_CHAR.test(c)) members.push(i);
    else close();
  });
  close();
  return lengths;
}

/**
 * `line` (a source line as highlighted HTML) with a `<wbr>` wherever a line too long for the page
 * may wrap inside a run of characters: after a slash, an opening bracket, a comma, a `;`, `&` or
 * `?`, and before the dot of a method or attribute; never inside a name or a `key=value`, nor after
 * a hyphen of a word (or a part of a dotted name) of up to WHOLE_HYPHENATED characters (an option's dashes stay with its name). Without them Chromium wrapped a long
 * path or call chain where the width ran out, inside a name (`refunds.p|arquet`,
 * `ConfigurationBuilder.fro|mEnvironment`), or after `df =`, leaving that line nearly empty. A
 * `<wbr>` adds no character: the code copies as written.
 */
function withBreakPoints(line: string): string {
  const tokens = [...line.matchAll(/<[^>]*>|&[#\w]+;|[\s\S]/gu)].map((m) => m[0]);
  const text = tokens.map((t) => (t[0] === '<' ? '' : t[0] === '&' && t.length > 1 ? decodeEntity(t) : t));
  // The next character after each token (tags skipped), found in one pass from the end: a minified line runs to 40,000.
  const nextChar: string[] = new Array<string>(text.length);
  for (let i = text.length - 1, seen = ''; i >= 0; i--) {
    nextChar[i] = seen;
    if (text[i]) seen = text[i];
  }
  const words = wordLengths(text);
  let prev = '';
  let out = '';
  let joinedTo = -1;
  tokens.forEach((token, i) => {
    const c = text[i];
    if (!c) return void (out += token);
    if (i <= joinedTo) return void (prev = c);
    // An option's dashes and the letter after them in one unwrapped span: Chromium wrapped `"--bind"`
    // as `"--` over `bind"` (or between its dashes), and `--access-logfile` after `--access-`.
    if (c === '-' && words[i] <= WHOLE_HYPHENATED) {
      let j = i;
      while (text[j] === '-') j++;
      if (/\w/.test(text[j] ?? '')) {
        out += `<span class="nobr">${tokens.slice(i, j + 1).join('')}</span>`;
        joinedTo = j;
        return void (prev = c);
      }
    }
    const after = nextChar[i];
    // Before a method's or attribute's dot: `frame.|groupby`, `Builder.|build()`.
    if (c === '.' && /[\w)\]"']/.test(prev) && /[A-Za-z_]/.test(after)) out += '<wbr>';
    out += token;
    if (ENDS.has(c) && after && !CLOSES.test(after)) out += '<wbr>';
    prev = c;
  });
  return out;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decodeEntity = (entity: string) => ENTITIES[entity] ?? '?';

/**
 * A source line longer than LONG_LINE characters (minified code, a pasted blob) is printed in
 * pieces of PIECE characters, each its own `.code-more` line hung under the first: one line of
 * 40,000 characters, laid out whole, took Chromium a minute and longer ones timed the print out.
 * Cuts fall between characters, never inside a tag or an entity.
 */
const LONG_LINE = 1000;
const PIECE = 480;

function pieces(line: string): string[] {
  if (line.length <= LONG_LINE) return [line];
  const out: string[] = [];
  let start = 0;
  let shown = 0;
  for (const m of line.matchAll(/<[^>]*>|&[#\w]+;|[\s\S]/g)) {
    if (m[0].length === 1 || m[0][0] === '&') shown++;
    if (shown > PIECE && m[0][0] !== '<') {
      out.push(line.slice(start, m.index));
      start = m.index!;
      shown = 1;
    }
  }
  out.push(line.slice(start));
  return out;
}

/**
 * A question with the code blocks of its card answer and prompt split into lines, for cards, the
 * cheat sheet and the quiz's key; with `widest`, each block of code (not a drawing) tells its widest line.
 */
export function withCodeLines<Q extends { cardHtml: string; promptHtml?: string }>(q: Q, opts: { widest?: boolean } = {}): Q {
  return { ...q, cardHtml: splitCodeLines(q.cardHtml, opts), ...(q.promptHtml ? { promptHtml: splitCodeLines(q.promptHtml, opts) } : {}) };
}
