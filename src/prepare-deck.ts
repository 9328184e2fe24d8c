import path from 'node:path';
import { peekDeckText, readDeckBytes } from './content/read-deck.js';
import { asDiagnostic, errorFinding } from './check/finding.js';
import type { ParseThread } from './parse-thread/parse-off-thread.js';
import type { IdSelection } from './content/id-selection.js';
import type { FolderGroup } from './content/folder-deck.js';
import type { OutlinePart } from './content/folder-outline.js';
import { allQuestions, type Deck, type Diagnostic } from './model/deck.js';
import type { BuildOptions } from './model/build-options.js';
import { contentError, StudyguideError } from './errors.js';
import { optionsForDeck } from './config/config.js';
import { selectQuestions } from './content/select-questions.js';
import { checkDeckLimits } from './content/deck-limits.js';

// A deck as the build prints it: a file (or a folder of one-question files) parsed on the parser's
// thread, its findings checked, its options and question selection applied.

/** A deck ready to produce: parsed, its options and question selection applied; or left out, with the warning saying why. */
export type Prepared = { deck: Deck; deckOpts: BuildOptions } | { leftOut: Diagnostic };

/**
 * A deck as this build prints it: parsed, with the findings `check` reports too (one source, one
 * severity: an error fails the deck here as it fails `check`), then its options and question
 * selection applied. Left out, with the warning saying why, when `--only-ids` lists none of its
 * questions or the file is no deck (a folder's read-me).
 */
export async function prepareDeck(parser: ParseThread, file: string, opts: BuildOptions, selection?: IdSelection, bytes?: Buffer): Promise<Prepared> {
  const read = await readDeck(parser, file, opts, bytes);
  return 'leftOut' in read ? read : selectDeck(read.deck, opts, selection);
}

/** A deck file parsed, its findings as the deck's diagnostics; an error among them fails it. */
async function readDeck(
  parser: ParseThread,
  file: string,
  opts: BuildOptions,
  bytes?: Buffer,
  untitled?: boolean,
): Promise<{ deck: Deck } | { leftOut: Diagnostic }> {
  const layout = { layout: opts.layout, layoutForced: opts.flagKeys?.includes('layout'), untitled };
  const source = await parser.parse(file, bytes ?? (await readDeckBytes(file)), layout).catch((err: unknown) => {
    if (err instanceof StudyguideError && err.code === 'not-a-deck') return errorFinding(err, file);
    throw err;
  });
  if ('code' in source) return { leftOut: asDiagnostic(source) };
  const { findings } = source;
  const error = findings.find((f) => f.level === 'error');
  if (error) {
    const [message, ...hint] = error.message.split(' — ');
    throw contentError(error.file, error.line, message, hint.join(' — ') || 'run `studyguide check` on the deck for every finding');
  }
  return { deck: { ...source.deck, diagnostics: findings.map(asDiagnostic) } };
}

/** The deck with its options and the questions chosen; left out when `--only-ids` lists none of them. */
function selectDeck(parsed: Deck, opts: BuildOptions, selection?: IdSelection): Prepared {
  if (selection && !selection.holdsListed(parsed)) {
    return {
      leftOut: {
        file: parsed.file,
        line: 1,
        severity: 'warning',
        code: 'no-listed-question',
        message: `no question of this deck is listed in ${opts.onlyIds}; deck not built`,
      },
    };
  }
  const deckOpts = optionsForDeck(opts, parsed);
  checkDeckLimits(parsed, deckOpts.maxQuestions);
  return { deck: selectQuestions(parsed, deckOpts, selection?.filter), deckOpts };
}

/**
 * A folder's files read as one deck (content/folder-deck.ts); undefined when one of them is not
 * one question (each file is then a deck of its own). A file that fails to parse fails the deck.
 */
export async function readFolder(
  parser: ParseThread,
  group: FolderGroup,
  opts: BuildOptions,
  bytesOf?: (file: string) => Promise<Buffer | undefined>,
): Promise<Deck | undefined> {
  // An index that links the folder's files (a book's SUMMARY.md) orders them and names their parts; it is no deck itself.
  // An introduction in prose that ends in such an index (a topic's Introduction.md) is the deck's introduction too.
  const { folderOutline, folderIntroduction } = await import('./content/folder-outline.js');
  let outline: OutlinePart[] | undefined;
  let outlineFile: string | undefined;
  let prose: string | undefined;
  for (const index of group.indexes) {
    const text = (await bytesOf?.(index))?.toString('utf8') ?? (await peekDeckText(index));
    const intro = text === undefined ? undefined : folderIntroduction(text, index, group.files);
    outline = text === undefined ? undefined : (folderOutline(text, index, group.files) ?? intro?.outline);
    if (outline) {
      outlineFile = index;
      prose = intro?.prose;
      break;
    }
  }
  const files = [...group.files, ...group.indexes.filter((f) => f !== outlineFile)];
  const read = await Promise.allSettled(files.map(async (f) => readDeck(parser, f, opts, await bytesOf?.(f), true)));
  const decks: Deck[] = [];
  const leftOut: Diagnostic[] = [];
  const failed: unknown[] = [];
  for (const [i, r] of read.entries()) {
    if (r.status === 'rejected') failed.push(r.reason);
    else if ('deck' in r.value && allQuestions(r.value.deck).length === 1) decks.push(r.value.deck);
    // A read-me that only describes the folder is left out, said as a warning of the folder's deck.
    else if ('leftOut' in r.value && group.indexes.includes(files[i])) leftOut.push(r.value.leftOut);
    else return undefined;
  }
  if (failed.length) throw withOtherFailures(failed);
  const introduction = outlineFile && prose?.trim() ? await readIntroduction(parser, outlineFile, prose, opts, leftOut) : undefined;
  const { folderDeck } = await import('./content/folder-merge.js');
  const deck = folderDeck(group.folder, decks, outline, introduction);
  return { ...deck, diagnostics: [...deck.diagnostics, ...leftOut] };
}

/**
 * An introduction's prose (its table of contents taken off) as HTML: its opening text, then each
 * of its sections under its heading, as the parser reads them (as questions and answers there). Prose the parser cannot read is left out, said as a warning.
 */
async function readIntroduction(
  parser: ParseThread,
  file: string,
  prose: string,
  opts: BuildOptions,
  leftOut: Diagnostic[],
): Promise<{ title: string; html: string } | undefined> {
  // A title and paragraphs alone are no deck to the parser: a question of ours after them makes
  // them the deck's opening text, and is dropped.
  const bare = !hasSubheading(prose);
  const text = bare ? `${prose.trimEnd()}\n\n### ${PROBE}\n\n${PROBE}\n` : headingsAsked(prose);
  const read = await readDeck(parser, file, opts, Buffer.from(text)).catch((err: unknown) => {
    if (err instanceof StudyguideError) return { leftOut: { ...asDiagnostic(errorFinding(err, file)), severity: 'warning' as const } };
    throw err;
  });
  if ('leftOut' in read) {
    leftOut.push({ ...read.leftOut, message: `the introduction is left out: ${read.leftOut.message}` });
    return undefined;
  }
  const { deck } = read;
  if (bare) return { title: deck.title, html: deck.introHtml };
  const sections = deck.sections.map((s) => s.introHtml + s.questions.map((q) => `<h3>${q.html}</h3>${q.promptHtml ?? ''}${q.answerHtml}`).join(''));
  return { title: deck.title, html: deck.introHtml + sections.join('') };
}

/** The question that makes a title and its paragraphs a deck to the parser (readIntroduction). */
const PROBE = 'Introduction?';

const SUBHEADING = /^ {0,3}#{2,6}(?=[ \t])/;

/** The prose's lines outside code blocks. */
function proseLines(prose: string): { line: string; code: boolean }[] {
  let fence: string | undefined;
  return prose.split('\n').map((line) => {
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (mark && (fence === undefined || (mark[0] === fence[0] && mark.length >= fence.length))) fence = fence === undefined ? mark : undefined;
    return { line, code: fence !== undefined };
  });
}

/** Whether the prose has a heading under its title, outside code. */
const hasSubheading = (prose: string): boolean => proseLines(prose).some((l) => !l.code && SUBHEADING.test(l.line));

/**
 * The prose with each sub-heading outside code as `###`: the parser then reads every section under
 * its heading alike (one `##` alone was a part with no question, and the prose was no deck).
 */
function headingsAsked(prose: string): string {
  return proseLines(prose)
    .map((l) => (l.code ? l.line : l.line.replace(SUBHEADING, '###')))
    .join('\n');
}

/** A folder's files as one deck, ready to produce; undefined when they are decks of their own. */
export async function prepareFolder(
  parser: ParseThread,
  group: FolderGroup,
  opts: BuildOptions,
  selection?: IdSelection,
  bytesOf?: (file: string) => Promise<Buffer | undefined>,
): Promise<Prepared | undefined> {
  const deck = await readFolder(parser, group, opts, bytesOf);
  return deck && selectDeck(deck, opts, selection);
}

/**
 * The error of a folder's deck whose files fail to read: the first file's, naming the others by
 * file and line in its hint. Only the first was said, so a second empty or broken file of the
 * folder went unmentioned until the first was mended.
 */
function withOtherFailures(failed: unknown[]): unknown {
  const [first, ...others] = failed;
  if (!others.length || !(first instanceof StudyguideError)) return first;
  const places = others.map((e) => (e instanceof StudyguideError && e.file ? `${path.basename(e.file)}${e.line ? `:${e.line}` : ''}` : 'one more file'));
  const shown = places.length > 3 ? `${places.slice(0, 3).join(', ')} and ${places.length - 3} more` : places.join(', ');
  const also = `${others.length} more file${others.length === 1 ? '' : 's'} of this folder fail${others.length === 1 ? 's' : ''} too (${shown}): run check on the folder to see each`;
  return new StudyguideError(first.message, {
    kind: first.kind,
    code: first.code,
    file: first.file,
    line: first.line,
    hint: first.hint ? `${first.hint}; ${also}` : also,
  });
}
